namespace Dateline.Knowledge.Gazetteer;

/// <summary>
/// Reads the geocoding cases TSV: <c>toponym, qualifier, dateline, context, expected, country, note</c>,
/// lists separated by <c>;</c>, <c>#</c> comments and the header row skipped.
/// </summary>
public static class GeocodingCaseReader
{
    /// <summary>Reads every case of the file.</summary>
    /// <exception cref="InvalidDataException">A row has fewer than six columns (code G010, names the line).</exception>
    public static IReadOnlyList<GeocodingCase> Read(TextReader reader, string source)
    {
        ArgumentNullException.ThrowIfNull(reader);
        var cases = new List<GeocodingCase>();
        var lineNumber = 0;
        for (var line = reader.ReadLine(); line != null; line = reader.ReadLine())
        {
            lineNumber++;
            if (line.Length == 0 || line[0] == '#' || line.StartsWith("toponym\t", StringComparison.Ordinal)) continue;
            var f = line.Split('\t');
            if (f.Length < 6) throw new InvalidDataException($"G010: '{source}' line {lineNumber} has {f.Length} columns, expected 6 or more.");
            var toponym = new Toponym(f[0], f[1].Length == 0 ? null : f[1]);
            cases.Add(new GeocodingCase(toponym, List(f[2]), List(f[3]), f[4], f[5], lineNumber));
        }
        return cases;
    }

    private static string[] List(string field) =>
        field.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
}
