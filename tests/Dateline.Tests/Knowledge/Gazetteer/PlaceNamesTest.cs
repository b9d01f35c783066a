using Dateline.Knowledge.Gazetteer;

namespace Dateline.Tests.Knowledge.Gazetteer;

public class PlaceNamesTest
{
    [Theory]
    [InlineData("São Paulo", "sao paulo")]
    [InlineData("the Kremlin", "kremlin")]
    [InlineData("U.S.", "us")]
    [InlineData("Washington, D.C.", "washington dc")]
    [InlineData("Ivano-Frankivsk", "ivano frankivsk")]
    [InlineData("Côte d’Ivoire", "cote d'ivoire")]
    [InlineData("  New   York ", "new york")]
    public void KeyFoldsCaseDiacriticsPunctuationAndLeadingArticle(string name, string key) =>
        Assert.Equal(key, PlaceNames.Key(name));

    [Fact]
    public void TheInsideANameIsKept() => Assert.Equal("bay of the isles", PlaceNames.Key("Bay of the Isles"));
}
