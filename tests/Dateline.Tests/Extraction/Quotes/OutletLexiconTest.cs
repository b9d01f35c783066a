using Dateline.Extraction.Quotes;

namespace Dateline.Tests.Extraction.Quotes;

public sealed class OutletLexiconTest
{
    [Theory]
    [InlineData("Reuters")]
    [InlineData("AFP")]
    [InlineData("the Associated Press")]
    [InlineData("Kyiv Independent News")]
    [InlineData("Daily Mirror")]
    public void NewsAgenciesAndNamesWithOutletWordsAreOutlets(string name) => Assert.True(OutletLexicon.IsOutlet(name));

    [Theory]
    [InlineData("NATO")]
    [InlineData("Kremlin")]
    [InlineData("Newsom Holdings")]
    [InlineData("Postal Union")]
    public void OtherOrganizationsAreNot(string name) => Assert.False(OutletLexicon.IsOutlet(name));
}
