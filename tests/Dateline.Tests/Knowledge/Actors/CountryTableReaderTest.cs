using Dateline.Knowledge.Actors;

namespace Dateline.Tests.Knowledge.Actors;

public class CountryTableReaderTest
{
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
    [InlineData("Thai", "Thais")]
    [InlineData("Sierra Leonean", "Sierra Leoneans")]
    [InlineData("East Timorese", null)]
    [InlineData("French", null)]
    public void DemonymPluralsFollowEnglishUsage(string demonym, string? plural) =>
        Assert.Equal(plural, CountryTableReader.PluralOf(demonym));
}
