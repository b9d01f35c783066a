using Dateline.Knowledge.Actors;

namespace Dateline.Tests.Knowledge.Actors;

public class NameConflictsTest
{
    private const string Header = "kind\tname\taliases\tcodes\trole\tcountry\tnote\n";

    [Fact]
    public void ANameGivenToTwoActorsWithDifferentCodesIsReportedWithBothPlaces()
    {
        var result = BuiltInKnowledge.Read([("a.tsv", Header + "media\tDaily Lantern\tLantern\tNORMED\tMED\tNOR\t\n"),
            ("b.tsv", "# second file\n" + Header + "igo\tLantern Council\tLantern\tIGOLAN\t\t\t\n")]);
        var error = Assert.Single(result.Errors);
        Assert.Equal(("b.tsv", 3), (error.File, error.Line));
        Assert.Contains("a.tsv:2", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void TheSameNameWithTheSameCodesIsNoConflict()
    {
        var result = BuiltInKnowledge.Read([("a.tsv", Header + "person\tAnna Berg\tBerg\tSWEGOV 2020-01-01..\tGOV\tSWE\t\nperson\tA. Berg\tBerg\tSWEGOV 2020-01-01..\tGOV\tSWE\t\n")]);
        Assert.True(result.IsClean);
    }

    [Fact]
    public void AnAgentPhraseWithTwoCodesIsReportedButARepeatWithTheSameCodeIsNot()
    {
        const string Agents = "phrase\tplural\tcode\tnote\ntroop\t\t~MIL\t\ntroops\t-\t~MIL\t\nguard\t\t~MIL\t\nguards\t-\t~COP\t\n";
        var result = BuiltInKnowledge.Read([("agents.tsv", Agents)]);
        var error = Assert.Single(result.Errors);
        Assert.Equal(5, error.Line);
        Assert.Contains("~MIL (agents.tsv:4)", error.Message, StringComparison.Ordinal);
    }
}
