using Dateline.Cli.Commands;

namespace Dateline.Cli.Tests.Commands;

public sealed class EvalQuotesCommandTest
{
    [Fact]
    public void QuotesIsASubcommandOfEval() =>
        Assert.Contains(EvalCommand.Create().Subcommands, c => c.Name == "quotes");

    [Fact]
    public void DumpLinesCoverTheTextExceptLineBreaksAndStayNarrow()
    {
        const string text = "Title line\n\nA first sentence that is long enough to wrap. A second one follows it here.";
        var lines = EvalQuotesReport.Lines(text, 30).ToList();
        Assert.All(lines, l => Assert.True(l.End - l.Start <= 30));
        var covered = new bool[text.Length];
        foreach (var (start, end) in lines)
        {
            for (var i = start; i < end; i++) covered[i] = true;
        }
        for (var i = 0; i < text.Length; i++) Assert.True(covered[i] || text[i] == '\n', $"offset {i} not printed");
        Assert.Equal((0, 10), lines[0]);
        Assert.Equal(12, lines[1].Start);
    }

    [Fact]
    public void AMissingLabelFileIsReportedAsAnErrorExit()
    {
        var folder = Directory.CreateTempSubdirectory().FullName;
        try
        {
            Assert.Equal(2, Program.Main(["eval", "quotes", Path.Combine(folder, "none.jsonl"), "--data", folder]));
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public void ADumpOfAnUnknownDocumentIsReportedAsAnErrorExit()
    {
        var folder = Directory.CreateTempSubdirectory().FullName;
        try
        {
            Assert.Equal(2, Program.Main(["eval", "quotes", "--dump", "gum/GUM_news_none", "--data", folder]));
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }
}
