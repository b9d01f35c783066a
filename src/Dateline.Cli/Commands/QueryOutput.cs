using System.Globalization;
using System.Text;
using System.Text.Json;

namespace Dateline.Cli.Commands;

/// <summary>Writes query rows as an aligned table for a person, a JSON array, or CSV (RFC 4180).</summary>
internal static class QueryOutput
{
    private const int MaxCellWidth = 60;

    private static readonly JsonSerializerOptions Json = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        WriteIndented = true,
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    /// <summary>A column: its header and how to read it from a row.</summary>
    public sealed record Column<T>(string Header, Func<T, object?> Value);

    public static void Write<T>(TextWriter output, string format, IEnumerable<T> rows, IReadOnlyList<Column<T>> columns)
    {
        switch (format)
        {
            case "json":
                output.WriteLine(JsonSerializer.Serialize(rows.ToList(), Json));
                break;
            case "csv":
                WriteCsv(output, rows, columns);
                break;
            default:
                WriteTable(output, rows, columns);
                break;
        }
    }

    private static void WriteCsv<T>(TextWriter output, IEnumerable<T> rows, IReadOnlyList<Column<T>> columns)
    {
        output.WriteLine(string.Join(",", columns.Select(c => Csv(c.Header))));
        foreach (var row in rows)
        {
            output.WriteLine(string.Join(",", columns.Select(c => Csv(Cell(c.Value(row))))));
        }
    }

    private static void WriteTable<T>(TextWriter output, IEnumerable<T> rows, IReadOnlyList<Column<T>> columns)
    {
        var cells = rows.Select(row => columns.Select(c => Clip(Cell(c.Value(row)))).ToArray()).ToList();
        var widths = columns.Select((c, i) => Math.Max(c.Header.Length, cells.Count == 0 ? 0 : cells.Max(r => r[i].Length))).ToArray();
        output.WriteLine(Line(columns.Select(c => c.Header).ToArray(), widths));
        output.WriteLine(string.Join("  ", widths.Select(w => new string('-', w))));
        foreach (var row in cells) output.WriteLine(Line(row, widths));
        output.WriteLine($"({cells.Count} rows)");
    }

    private static string Line(string[] cells, int[] widths)
    {
        var builder = new StringBuilder();
        for (var i = 0; i < cells.Length; i++)
        {
            if (i > 0) builder.Append("  ");
            builder.Append(i == cells.Length - 1 ? cells[i] : cells[i].PadRight(widths[i]));
        }
        return builder.ToString();
    }

    private static string Cell(object? value) => value switch
    {
        null => "",
        double d => d.ToString("0.###", CultureInfo.InvariantCulture),
        bool b => b ? "yes" : "no",
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString() ?? "",
    };

    private static string Clip(string value)
    {
        var flat = value.ReplaceLineEndings(" ");
        return flat.Length <= MaxCellWidth ? flat : flat[..(MaxCellWidth - 1)] + "…";
    }

    private static string Csv(string value) =>
        value.IndexOfAny([',', '"', '\n', '\r']) < 0 ? value : "\"" + value.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";
}
