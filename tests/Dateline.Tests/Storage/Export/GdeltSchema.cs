using System.Globalization;
using Dateline.Tests.Support;

namespace Dateline.Tests.Storage.Export;

/// <summary>
/// A reader of GDELT 2.0 rows built from the published column schemas in ../shared (read at test time): it knows
/// each column's name and type, and reads a tab-separated row into named, typed values.
/// </summary>
internal sealed class GdeltSchema
{
    private GdeltSchema(IReadOnlyList<(string Name, string Type)> columns) => Columns = columns;

    public IReadOnlyList<(string Name, string Type)> Columns { get; }

    /// <summary>The Events schema: one <c>name,type,...</c> line per column after a header line.</summary>
    public static GdeltSchema Events()
    {
        var path = TestData.RequireSharedFile("cameo", "gdelt-schema", "GDELT_2.0_Events_Column_Labels_Header_Row_Sep2016.csv");
        return new GdeltSchema(File.ReadLines(path).Skip(1).Where(l => l.Length > 0).Select(l => l.Split(',')).Select(f => (f[0], f[1])).ToList());
    }

    /// <summary>The Mentions schema: <c>index TAB name TAB type ...</c> lines after a header line.</summary>
    public static GdeltSchema Mentions()
    {
        var path = TestData.RequireSharedFile("cameo", "gdelt-schema", "GDELT_2.0_eventMentions_Column_Labels_Header_Row_Sep2016.tsv");
        return new GdeltSchema(File.ReadLines(path).Skip(1).Where(l => l.Length > 0).Select(l => l.Split('\t')).Select(f => (f[1], f[2])).ToList());
    }

    /// <summary>Reads one row: fails unless it has exactly the schema's columns and each non-empty value parses as its type.</summary>
    public IReadOnlyDictionary<string, object?> Read(string line)
    {
        var fields = line.Split('\t');
        Assert.Equal(Columns.Count, fields.Length);
        var row = new Dictionary<string, object?>(StringComparer.Ordinal);
        for (var i = 0; i < fields.Length; i++)
        {
            var (name, type) = Columns[i];
            row[name] = Parse(fields[i], type, name);
        }
        return row;
    }

    private static object? Parse(string value, string type, string name)
    {
        if (value.Length == 0) return null;
        return type switch
        {
            "INTEGER" => long.TryParse(value, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var l)
                ? l : throw new FormatException($"{name}: '{value}' is not an INTEGER."),
            "FLOAT" => double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out var d)
                ? d : throw new FormatException($"{name}: '{value}' is not a FLOAT."),
            "STRING" => value,
            _ => throw new FormatException($"{name}: unknown type {type} in the schema."),
        };
    }
}
