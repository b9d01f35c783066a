using Dateline.Knowledge.Dictionaries;

namespace Dateline.Tests.Knowledge.Dictionaries;

public partial class IssueDictionaryReaderTest
{
    private const string Snippet = """
        <ISSUE CATEGORY="WATER" TYPE="ALL">
        n:reservoir [WATER_SUPPLY]
        v:irrigate [WATER_SUPPLY]
        fresh+water n:supply [WATER_SUPPLY]
        ~water polo
        ~~water under the bridge  # idiom
        </ISSUE>
        """;

    [Fact]
    public void NounVerbAndPlusMarkersExpandToTheirForms()
    {
        var result = IssueDictionaryReader.Read(Snippet, "x.issues.txt");
        Assert.Empty(result.Errors);
        var issues = result.Dictionary;
        Assert.Equal("WATER_SUPPLY", issues.Find("reservoirs")!.Code);
        foreach (var form in new[] { "irrigate", "irrigates", "irrigated", "irrigating" })
        {
            Assert.Equal("WATER_SUPPLY", issues.Find(form)!.Code);
        }
        var supply = issues.Find("fresh water supplies")!;
        Assert.Same(supply, issues.Find("fresh-water supply"));
        Assert.Equal(4, supply.Forms.Count);
        Assert.Equal("WATER", supply.Category);
        Assert.Equal(["WATER_SUPPLY"], issues.Codes);
        Assert.Equal(["WATER"], issues.Categories);
    }

    [Fact]
    public void TildeLinesAreIgnorePhrasesAtSentenceAndStoryLevel()
    {
        var issues = IssueDictionaryReader.Read(Snippet, "x.issues.txt").Dictionary;
        var polo = issues.Find("water polo")!;
        Assert.Equal(IssueKind.IgnoreInSentence, polo.Kind);
        Assert.Null(polo.Code);
        Assert.Equal(IssueKind.IgnoreInStory, issues.Find("water under the bridge")!.Kind);
    }

    [Fact]
    public void PhrasesWithoutCodeAndStrayTagsAreReported()
    {
        var result = IssueDictionaryReader.Read("drought\n</ISSUE>\n<WATER>\nflood [FLOOD] [FLOOD]\n", "x.issues.txt");
        Assert.Equal(
        [
            "x.issues.txt:3: tag is not <ISSUE CATEGORY=\"...\"> or </ISSUE>; skipped",
        ], result.Errors.Select(e => e.ToString()));
        Assert.Equal(
        [
            "x.issues.txt:1: issue phrase has no [CODE]; ignored, as PETRARCH ignores it",
            "x.issues.txt:2: </ISSUE> without an open <ISSUE>; ignored",
            "x.issues.txt:4: code [FLOOD] written twice; read once",
        ], result.Warnings.Select(e => e.ToString()));
    }
}
