namespace Dateline.Knowledge.Actors;

/// <summary>
/// The tab-separated layout every knowledge file shares: <c>#</c> comment lines and blank lines are skipped, the
/// first other line is the header naming the columns, then one row per line.
/// </summary>
internal static class KnowledgeTable
{
    /// <summary>One data row: its 1-based line number and its fields (missing trailing fields are empty).</summary>
    public readonly record struct Row(int Line, string[] Fields)
    {
        public string this[int index] => index < Fields.Length ? Fields[index].Trim() : "";
    }

    /// <summary>
    /// The data rows of <paramref name="text"/>; false with an error when the header is not <paramref name="columns"/>.
    /// </summary>
    public static bool TryRead(string text, string[] columns, out List<Row> rows, out int headerLine, out string? error)
    {
        rows = [];
        error = null;
        headerLine = 0;
        var number = 0;
        foreach (var raw in text.Split('\n'))
        {
            number++;
            var line = raw.TrimEnd('\r');
            if (line.Length == 0 || line[0] == '#' || line.AsSpan().Trim().IsEmpty) continue;
            var fields = line.Split('\t');
            if (headerLine == 0)
            {
                headerLine = number;
                if (!fields.AsSpan().SequenceEqual(columns))
                {
                    error = $"header must be '{string.Join("<TAB>", columns)}'";
                    return false;
                }
                continue;
            }
            rows.Add(new Row(number, fields));
        }
        if (headerLine == 0) error = "file has no header line";
        return headerLine != 0;
    }

    /// <summary>The '|'-separated items of a field, trimmed, without empty ones.</summary>
    public static string[] Items(string field) => field.Split('|', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
}
