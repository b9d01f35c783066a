using System.Globalization;

namespace Dateline.Knowledge.Linking.Evaluation;

/// <summary>Reads linking cases: tab-separated <c>date, mention, expected, note, sentence</c>; <c>#</c> lines and the header are skipped.</summary>
public static class LinkingCaseReader
{
    /// <summary>Reads every case of <paramref name="reader"/>.</summary>
    /// <exception cref="InvalidDataException">A line is malformed (the message names the file and line).</exception>
    public static IReadOnlyList<LinkingCase> Read(TextReader reader, string file)
    {
        ArgumentNullException.ThrowIfNull(reader);
        var cases = new List<LinkingCase>();
        var number = 0;
        while (reader.ReadLine() is { } line)
        {
            number++;
            if (line.Length == 0 || line[0] == '#' || line.StartsWith("date\t", StringComparison.Ordinal)) continue;
            var fields = line.Split('\t');
            if (fields.Length != 5) throw new InvalidDataException($"{file}:{number}: expected 5 tab-separated fields, found {fields.Length}.");
            if (!DateOnly.TryParseExact(fields[0], "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
            {
                throw new InvalidDataException($"{file}:{number}: '{fields[0]}' is not a date YYYY-MM-DD.");
            }
            if (!fields[4].Contains(fields[1], StringComparison.Ordinal)) throw new InvalidDataException($"{file}:{number}: the sentence does not contain '{fields[1]}'.");
            cases.Add(new LinkingCase(number, date, fields[1], fields[2] == "-" ? null : fields[2], fields[3], fields[4]));
        }
        return cases;
    }
}
