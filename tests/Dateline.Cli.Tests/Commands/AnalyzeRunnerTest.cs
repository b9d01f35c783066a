using System.Text.Json;
using Dateline.Cli.Commands;
using Dateline.Models;

namespace Dateline.Cli.Tests.Commands;

public sealed class AnalyzeRunnerTest : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("dateline-analyze-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    private string Write(string name, string text)
    {
        var path = Path.Combine(_dir, name);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text);
        return path;
    }

    private static (int Exit, string Out, string Err) Run(string[] inputs, string? format = null, DateTimeOffset? date = null, int parallel = 2)
    {
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        var options = new AnalyzeOptions(inputs, date, format, null, false, ModelRepository.Embedded, parallel);
        var exit = new AnalyzeRunner(options, Stream.Null, stdout, stderr).Run();
        return (exit, stdout.ToString(), stderr.ToString());
    }

    [Fact]
    public void ASingleTextFileGivesOneJsonObjectWhoseTextIsTheFileExactly()
    {
        const string text = "KYIV, Feb 14 (Dateline Wire) - Ukraine's president spoke.\r\n\r\nHe asked for calm.\n";
        var path = Write("one.txt", text);
        var (exit, stdout, stderr) = Run([path], date: new DateTimeOffset(2022, 2, 14, 0, 0, 0, TimeSpan.Zero));
        Assert.Equal(0, exit);
        Assert.Equal("", stderr);
        using var json = JsonDocument.Parse(stdout);
        Assert.Equal("dateline.article/1", json.RootElement.GetProperty("schema").GetString());
        Assert.Equal(text, json.RootElement.GetProperty("text").GetString());
        Assert.Equal("2022-02-14", json.RootElement.GetProperty("article").GetProperty("published").GetString());
    }

    [Fact]
    public void ABatchKeepsInputOrderAndReportsTheBadFileByNameWithoutStopping()
    {
        for (var i = 0; i < 12; i++)
        {
            Write($"batch/{i:00}.txt", $"Article number {i} says the talks in Geneva went on for {i} hours.");
        }
        Write("batch/05b.txt", "");
        var (exit, stdout, stderr) = Run([Path.Combine(_dir, "batch")], parallel: 3);
        Assert.Equal(AnalyzeRunner.SomeInputsFailed, exit);
        Assert.Contains("05b.txt", stderr);
        var lines = stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(12, lines.Length);
        for (var i = 0; i < 12; i++)
        {
            using var json = JsonDocument.Parse(lines[i]);
            Assert.StartsWith($"Article number {i} ", json.RootElement.GetProperty("text").GetString());
        }
    }

    [Fact]
    public void AMissingPathIsOneErrorNamingItAndANonZeroExit()
    {
        var missing = Path.Combine(_dir, "nowhere.txt");
        var (exit, stdout, stderr) = Run([missing]);
        Assert.NotEqual(0, exit);
        Assert.Equal("", stdout);
        Assert.Contains("nowhere.txt", stderr);
        Assert.Single(stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries));
    }

    [Fact]
    public void TwoArticlesInJsonFormatAreWrittenAsAnArray()
    {
        var a = Write("a.txt", "The first article is short.");
        var b = Write("b.txt", "The second article is short too.");
        var (exit, stdout, _) = Run([a, b], format: "json");
        Assert.Equal(0, exit);
        using var json = JsonDocument.Parse(stdout);
        Assert.Equal(JsonValueKind.Array, json.RootElement.ValueKind);
        Assert.Equal(2, json.RootElement.GetArrayLength());
    }

    [Fact]
    public void TheTextFormatNamesTheArticleAndItsCounts()
    {
        var path = Write("story.txt", "Officials met in Vienna. They talked for hours.");
        var (exit, stdout, _) = Run([path], format: "text");
        Assert.Equal(0, exit);
        Assert.Contains("story.txt", stdout);
        Assert.Contains("characters", stdout);
    }
}
