namespace Dateline.Storage.Export;

/// <summary>Reads the embedded two-column knowledge tables (<c>knowledge/*.tsv</c>) of the exports.</summary>
internal static class ExportKnowledge
{
    /// <summary>The rows of an embedded table: tab-separated pairs, <c>#</c> lines are comments.</summary>
    /// <exception cref="InvalidDataException">A row is not two tab-separated fields; the message names the file and line.</exception>
    public static IReadOnlyList<(string Key, string Value)> Pairs(string fileName)
    {
        var resource = "knowledge/" + fileName;
        using var stream = typeof(ExportKnowledge).Assembly.GetManifestResourceStream(resource)
            ?? throw new InvalidDataException($"{resource}: not embedded in Dateline.dll.");
        using var reader = new StreamReader(stream);
        var rows = new List<(string, string)>();
        var lineNumber = 0;
        while (reader.ReadLine() is { } line)
        {
            lineNumber++;
            if (line.Length == 0 || line[0] == '#') continue;
            var tab = line.IndexOf('\t');
            if (tab <= 0 || tab == line.Length - 1 || line.IndexOf('\t', tab + 1) >= 0)
            {
                throw new InvalidDataException($"{resource}:{lineNumber}: expected two tab-separated fields.");
            }
            rows.Add((line[..tab], line[(tab + 1)..]));
        }
        return rows;
    }
}
