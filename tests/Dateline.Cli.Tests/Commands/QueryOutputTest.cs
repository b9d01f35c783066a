using Dateline.Cli.Commands;

namespace Dateline.Cli.Tests.Commands;

public sealed class QueryOutputTest
{
    private sealed record Row(string Name, double? Score, string Note);

    private static readonly QueryOutput.Column<Row>[] Columns = [new("name", r => r.Name), new("score", r => r.Score), new("note", r => r.Note)];

    private static string Render(string format, params Row[] rows)
    {
        var output = new StringWriter();
        QueryOutput.Write(output, format, rows, Columns);
        return output.ToString();
    }

    [Fact]
    public void CsvQuotesCellsWithCommasQuotesAndLineBreaks()
    {
        var csv = Render("csv", new Row("Kyiv, Ukraine", 1.5, "said \"no\""), new Row("Lviv", null, "two\nlines"));
        var lines = csv.Split(Environment.NewLine);
        Assert.Equal("name,score,note", lines[0]);
        Assert.Equal("\"Kyiv, Ukraine\",1.5,\"said \"\"no\"\"\"", lines[1]);
        Assert.StartsWith("Lviv,,\"two", lines[2]);
    }

    [Fact]
    public void ATableAlignsColumnsAndCountsRows()
    {
        var lines = Render("table", new Row("Kyiv", -10, "a"), new Row("Ivano-Frankivsk", 3.25, "b")).Split(Environment.NewLine);
        Assert.Equal(lines[2].IndexOf("-10", StringComparison.Ordinal), lines[3].IndexOf("3.25", StringComparison.Ordinal));
        Assert.Contains("(2 rows)", lines);
    }

    [Fact]
    public void JsonKeepsTheRecordsFieldsInCamelCase()
    {
        var json = Render("json", new Row("Kyiv", null, "x"));
        Assert.Contains("\"name\": \"Kyiv\"", json);
        Assert.Contains("\"score\": null", json);
    }
}
