namespace Dateline.Events.Cameo;

/// <summary>
/// Reads the tab-separated CAMEO knowledge tables: <c>#</c> lines are comments, the first other line is the
/// column header, every further line a row with the header's number of columns.
/// </summary>
internal static class CameoTable
{
    /// <summary>One row: its physical line number and its fields.</summary>
    public readonly record struct Row(int Line, string[] Fields);

    /// <summary>The rows of <paramref name="text"/>.</summary>
    /// <exception cref="InvalidDataException">A row has the wrong number of columns; the message names file and line.</exception>
    public static List<Row> Read(string text, string file, int columns)
    {
        var rows = new List<Row>();
        var number = 0;
        var headerSeen = false;
        foreach (var raw in text.Split('\n'))
        {
            number++;
            var line = raw.TrimEnd('\r');
            if (line.Length == 0 || line[0] == '#') continue;
            if (!headerSeen)
            {
                headerSeen = true;
                continue;
            }
            var fields = line.Split('\t');
            if (fields.Length != columns) throw Error(file, number, $"expected {columns} tab-separated columns, found {fields.Length}");
            rows.Add(new Row(number, fields));
        }
        return rows;
    }

    /// <summary>An error naming the file and line.</summary>
    public static InvalidDataException Error(string file, int line, string message) => new($"{file}:{line}: {message}");

    /// <summary>True when <paramref name="code"/> is 2 to 4 ASCII digits with a root from 01 to 20.</summary>
    public static bool IsWellFormed(string code)
    {
        if (code.Length is < 2 or > 4) return false;
        foreach (var c in code)
        {
            if (c is < '0' or > '9') return false;
        }
        var root = (code[0] - '0') * 10 + (code[1] - '0');
        return root is >= 1 and <= 20;
    }
}
