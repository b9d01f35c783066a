using Dateline.Nlp.Entities;

namespace Dateline.Tests.Nlp.Entities;

public class GazetteerTest
{
    private static readonly Gazetteer Lists = Gazetteer.LoadEmbedded();

    private static (ulong[] Exact, ulong[] Folded) Match(params string[] words)
    {
        var exact = new ulong[words.Length];
        var folded = new ulong[words.Length];
        Lists.Match([.. words.Select(w => FeatureHash.Of(w))], [.. words.Select(w => FeatureHash.OfLower(w))], exact, folded);
        return (exact, folded);
    }

    private static ulong Bit(int list, int part) => 1UL << (4 * list + part);

    [Fact]
    public void AMultiWordEntryMarksBeginInsideAndLast()
    {
        var (exact, _) = Match("the", "North", "Atlantic", "Treaty", "Organization", "met");
        Assert.Equal(0UL, exact[0] & Bit(Gazetteer.Organizations, 0));
        Assert.NotEqual(0UL, exact[1] & Bit(Gazetteer.Organizations, BilouScheme.Begin));
        Assert.NotEqual(0UL, exact[2] & Bit(Gazetteer.Organizations, BilouScheme.Inside));
        Assert.NotEqual(0UL, exact[4] & Bit(Gazetteer.Organizations, BilouScheme.Last));
        Assert.Equal(0UL, exact[5]);
    }

    [Fact]
    public void AcronymsMatchOnlyAsWritten()
    {
        var (exact, folded) = Match("us", "US");
        Assert.Equal(0UL, exact[0] | folded[0]);
        Assert.NotEqual(0UL, exact[1] & Bit(Gazetteer.Countries, BilouScheme.Unit));
    }

    [Fact]
    public void OrdinaryNamesAlsoMatchWithoutCaseAsAWeakerFeature()
    {
        var (exact, folded) = Match("moscow");
        Assert.Equal(0UL, exact[0]);
        Assert.NotEqual(0UL, folded[0] & Bit(Gazetteer.Cities, BilouScheme.Unit));
    }

    [Fact]
    public void TheLongestMatchOfTheChosenListsIsFound()
    {
        string[] words = ["Jagran", "News", "Desk", "said"];
        var length = Lists.LongestMatch([.. words.Select(w => FeatureHash.Of(w))], 0, 1 << Gazetteer.Media, out var lists);
        Assert.Equal(3, length);
        Assert.Equal(1 << Gazetteer.Media, lists);
    }

    [Fact]
    public void SingleWordsCanBeLookedUpWithOrWithoutCase()
    {
        Assert.True(Lists.Contains(Gazetteer.Demonyms, "Ukrainians"));
        Assert.False(Lists.Contains(Gazetteer.Demonyms, "ukrainians"));
        Assert.True(Lists.ContainsIgnoringCase(Gazetteer.Titles, "PRESIDENT"));
        Assert.False(Lists.ContainsIgnoringCase(Gazetteer.Titles, "Kyiv"));
    }

    [Fact]
    public void ListFilesSkipCommentsAndBlankLines()
    {
        var entries = Gazetteer.ReadEntries(new StringReader("# heading\n\nKyiv\n  Lviv  \n"));
        Assert.Equal(["Kyiv", "Lviv"], entries);
    }
}
