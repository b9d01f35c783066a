using Dateline.Knowledge.Dictionaries;

namespace Dateline.Tests.Knowledge.Dictionaries;

public class DiscardListReaderTest
{
    [Fact]
    public void PlusLinesDiscardStoriesAndPlainLinesSentences()
    {
        const string text = "# sports\nCRICKET TEST MATCH   # invented\n+ GRAND REGATTA\n+Harbour Marathon\nBALLCLUB_\n";
        var result = DiscardListReader.Read(text, "x.discards.txt");
        Assert.Empty(result.Errors);
        var list = result.Dictionary;
        Assert.Equal(4, list.Entries.Count);
        Assert.Equal(DiscardScope.Sentence, list.Find(["CRICKET", "TEST", "MATCH"])!.Scope);
        Assert.Equal(DiscardScope.Story, list.Find(["GRAND", "REGATTA"])!.Scope);
        Assert.Equal(DiscardScope.Story, list.Find(["harbour", "marathon"])!.Scope);
        Assert.True(list.Find(["BALLCLUB"])!.WholeWord);
        Assert.False(list.Find(["GRAND", "REGATTA"])!.WholeWord);
        Assert.Equal(2, list.MatchLongest(["the", "grand", "regatta", "ended"], 1, out var entry));
        Assert.Equal(3, entry!.Line);
    }

    [Fact]
    public void ALonePlusIsReported()
    {
        var result = DiscardListReader.Read("RUGBY\n+\n", "x.discards.txt");
        Assert.Equal("x.discards.txt:2: discard line has no phrase; skipped", Assert.Single(result.Errors).ToString());
    }
}
