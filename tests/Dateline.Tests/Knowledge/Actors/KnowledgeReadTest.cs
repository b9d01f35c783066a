using Dateline.Knowledge.Actors;

namespace Dateline.Tests.Knowledge.Actors;

public class KnowledgeReadTest
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

    [Theory]
    [InlineData("SWEGOV 2020-01-01", "FROM..UNTIL")]
    [InlineData("SWEGOV 2020-13-01..", "YYYY-MM-DD")]
    [InlineData("SWEGOV 2021-01-01..2020-01-01", "ends before it starts")]
    [InlineData("sweGOV", "upper-case")]
    [InlineData("", "no code")]
    public void BadCodesAreReportedAndTheRowSkipped(string codes, string message)
    {
        var result = BuiltInKnowledge.Read([("p.tsv", Header + $"person\tAnna Berg\t\t{codes}\tGOV\tSWE\t\n")]);
        var error = Assert.Single(result.Errors);
        Assert.Equal(2, error.Line);
        Assert.Contains(message, error.Message, StringComparison.Ordinal);
        Assert.Empty(result.Dictionary.Records);
    }

    [Fact]
    public void AWrongHeaderOrUnknownKindIsReported()
    {
        var result = BuiltInKnowledge.Read([("x.tsv", "name\tcode\nA\tB\n"), ("y.tsv", Header + "planet\tMars\t\tMRS\t\t\t\n")]);
        Assert.Equal(2, result.Errors.Count);
        Assert.Contains("not a knowledge file", result.Errors[0].Message, StringComparison.Ordinal);
        Assert.Contains("kind 'planet'", result.Errors[1].Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ACountryRowGivesTheCountryItsDemonymPluralsAndACapitalMetonym()
    {
        var text = "code\tiso3\tkind\tname\taliases\tdemonyms\tcapitals\nNOR\tNOR\tcountry\tNorway\tNorge\tNorwegian\tOslo|Christiania\n";
        var result = BuiltInKnowledge.Read([("c.tsv", text)]);
        Assert.True(result.IsClean);
        var norway = result.Dictionary.Records[0];
        Assert.Equal(["Norwegian", "Norwegians"], norway.Demonyms);
        Assert.Equal("NORGOV", result.Dictionary.Actors.Find("Christiania")!.Codes[0].Code);
        Assert.Equal(ActorKind.Metonym, result.Dictionary.Records[1].Kind);
    }

    [Theory]
    [InlineData("Russian", "Russians")]
    [InlineData("Iraqi", "Iraqis")]
    [InlineData("Czech", "Czechs")]
    [InlineData("British", null)]
    [InlineData("Chinese", null)]
    [InlineData("Swiss", null)]
    [InlineData("Turkmen", null)]
    public void DemonymPluralsFollowEnglishUsage(string demonym, string? plural) =>
        Assert.Equal(plural, CountryTableReader.PluralOf(demonym));

    [Fact]
    public void AgentRowsTakeWrittenRegularOrNoPlurals()
    {
        var text = "phrase\tplural\tcode\tnote\nspokesman\tspokesmen\t~GOV\t\nmilitary\t-\t~MIL\t\nagency\t\tNGO~\t\nbad\t\tGOV\t\n";
        var result = BuiltInKnowledge.Read([("g.tsv", text)]);
        var error = Assert.Single(result.Errors);
        Assert.Equal(5, error.Line);
        var agents = result.Dictionary.Agents;
        Assert.Equal("GOV", agents.Find("spokesmen")!.Code);
        Assert.Single(agents.Find("military")!.Forms);
        Assert.Equal("NGOKEN", agents.Find("agencies")!.Qualify("KEN"));
    }
}
