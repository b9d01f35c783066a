using Dateline.Knowledge.Linking;

namespace Dateline.Tests.Knowledge.Linking;

public class NameFormsTest
{
    [Theory]
    [InlineData("Zelenskiy")]
    [InlineData("Zelenskyy")]
    [InlineData("Zelensky")]
    [InlineData("Zelenskii")]
    [InlineData("Zelenskiy's")]
    [InlineData("President Zelenskyy")]
    public void TransliterationVariantsTitlesAndPossessivesShareOneKey(string name) =>
        Assert.Equal("zelensky", NameForms.Key(name));

    [Fact]
    public void KhAndHSpellingsShareOneKey() =>
        Assert.Equal(NameForms.Key("Kharkiv"), NameForms.Key("Harkiv"));

    [Fact]
    public void DifferentNamesKeepDifferentKeys() =>
        Assert.NotEqual(NameForms.Key("Poroshenko"), NameForms.Key("Zelenskiy"));

    [Theory]
    [InlineData("Gen. Valery Gerasimov", "Valery Gerasimov")]
    [InlineData("Mr Smith", "Smith")]
    [InlineData("Prime Minister Boris Johnson's", "Boris Johnson")]
    [InlineData("President", "President")]
    public void BareDropsLeadingTitlesAndPossessivesButKeepsOneWord(string name, string bare) =>
        Assert.Equal(bare, NameForms.Bare(name));

    [Fact]
    public void AnOrganizationKeepsItsTitleLikeWords() =>
        Assert.Equal("State Department", NameForms.Bare("the State Department", person: false));

    [Theory]
    [InlineData("North Atlantic Treaty Organization", "NATO")]
    [InlineData("United States", "US")]
    [InlineData("European Union", "EU")]
    public void InitialsComeFromTheCapitalizedWords(string name, string initials) =>
        Assert.Equal(initials, NameForms.Initials(name));

    [Theory]
    [InlineData("U.S.", "US")]
    [InlineData("NATO's", "NATO")]
    [InlineData("Nato", null)]
    public void AcronymsAreCapitalsWithOptionalDots(string name, string? acronym) =>
        Assert.Equal(acronym, NameForms.Acronym(name));
}
