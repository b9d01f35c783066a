using Dateline.Nlp.Tagging;

namespace Dateline.Tests.Nlp.Tagging;

public class TaggerFeaturesTest
{
    private static SentenceAtoms Atoms(params string[] words) =>
        new([.. words.Select(w => w.AsMemory())], AmbiguityClasses.Empty());

    private static ulong[] Static(SentenceAtoms atoms, int i)
    {
        var buffer = new ulong[TaggerFeatures.MaxStatic];
        return buffer[..TaggerFeatures.Static(atoms, i, buffer)];
    }

    [Fact]
    public void ACurlyApostropheGivesTheSameFeaturesAsAStraightOne()
    {
        var curly = Static(Atoms("the", "court", "\u2019s", "ruling"), 2);
        var straight = Static(Atoms("the", "court", "'s", "ruling"), 2);
        Assert.Equal(straight, curly);
    }

    [Fact]
    public void CurlyDoubleQuotesReadAsStraightOnes()
    {
        Assert.Equal(Static(Atoms("\"", "yes", "\""), 0), Static(Atoms("\u201C", "yes", "\u201D"), 0));
    }

    [Fact]
    public void OnlyTheWindowAroundATokenMattersToItsStaticFeatures()
    {
        var first = Static(Atoms("Rebels", "seized", "the", "town", "of", "Kherson"), 3);
        var second = Static(Atoms("Troops", "seized", "the", "town", "of", "Kherson"), 3);
        Assert.Equal(first, second);
    }

    [Fact]
    public void ChangingTheNextWordChangesSomeFeaturesButKeepsTheWordsOwn()
    {
        var before = Static(Atoms("prices", "rose", "sharply"), 1);
        var after = Static(Atoms("prices", "rose", "again"), 1);
        Assert.NotEqual(before, after);
        Assert.True(before.Intersect(after).Count() >= before.Length / 2, "most features of 'rose' should not depend on its right neighbour");
    }

    [Fact]
    public void CaseChangesTheFormFeatureButNotTheLowercaseOne()
    {
        var upper = Atoms("Bank");
        var lower = Atoms("bank");
        Assert.NotEqual(upper.Form[0], lower.Form[0]);
        Assert.Equal(upper.Lower[0], lower.Lower[0]);
        Assert.NotEqual(upper.Shape[0], lower.Shape[0]);
    }

    [Fact]
    public void NumbersOfTheSameShapeShareTheShapeFeature()
    {
        Assert.Equal(Atoms("1984").Shape[0], Atoms("2025").Shape[0]);
        Assert.NotEqual(Atoms("1984").Shape[0], Atoms("3.5").Shape[0]);
    }

    [Fact]
    public void TheFirstTokenSeesPaddingOnItsLeft()
    {
        var atoms = Atoms("Stocks", "fell");
        Assert.NotEqual(atoms.LowerAt(-1), atoms.LowerAt(2));
        Assert.Equal(atoms.LowerAt(-1), Atoms("Prices", "rose").LowerAt(-1));
    }

    [Fact]
    public void HistoryFeaturesDependOnThePreviousLabels()
    {
        var atoms = Atoms("the", "run");
        var a = new ulong[TaggerFeatures.MaxHistory];
        var b = new ulong[TaggerFeatures.MaxHistory];
        var n = TaggerFeatures.History(atoms, 1, 3, TaggerFeatures.StartLabel, a);
        TaggerFeatures.History(atoms, 1, 4, TaggerFeatures.StartLabel, b);
        Assert.NotEqual(a[..n], b[..n]);
    }
}
