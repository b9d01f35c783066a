using Dateline.Nlp.Parsing;

namespace Dateline.Tests.Nlp.Parsing;

public class ParserFeaturesTest
{
    private static ulong[] Extract(ArcEagerState state, ParserTokenCodes codes)
    {
        var features = new ulong[ParserFeatures.Count];
        ParserFeatures.Extract(state, codes, features);
        return features;
    }

    private static ParserTokenCodes Codes(params string[] forms) =>
        ParserTokenCodes.From(forms, [.. forms.Select(_ => "NOUN")], [.. forms.Select(_ => "NN")]);

    [Fact]
    public void TheSameConfigurationGivesTheSameFeatures()
    {
        var state = new ArcEagerState();
        state.Reset(3);
        state.Apply(ArcEagerAction.Shift, -1);
        Assert.Equal(Extract(state, Codes("Troops", "crossed", "rivers")), Extract(state, Codes("Troops", "crossed", "rivers")));
    }

    [Fact]
    public void WordFeaturesIgnoreCaseAndReadDigitsAlike()
    {
        var state = new ArcEagerState();
        state.Reset(2);
        Assert.Equal(Extract(state, Codes("TROOPS", "1999")), Extract(state, Codes("troops", "2024")));
    }

    [Fact]
    public void ChangingTheBufferFrontChangesOnlyFeaturesThatReadIt()
    {
        var state = new ArcEagerState();
        state.Reset(4);
        state.Apply(ArcEagerAction.Shift, -1);
        var a = Extract(state, Codes("police", "arrested", "two", "men"));
        var b = Extract(state, Codes("police", "detained", "two", "men"));
        var changed = a.Zip(b).Count(p => p.First != p.Second);
        Assert.InRange(changed, 5, ParserFeatures.Count - 10);
        Assert.Equal(a[0], b[0]); // stack-top word and tag
        Assert.NotEqual(a[4], b[4]); // buffer-front word
    }

    [Fact]
    public void AttachingAChildChangesTheHeadsChildFeatures()
    {
        var codes = Codes("the", "strike", "ended");
        var state = new ArcEagerState();
        state.Reset(3);
        state.Apply(ArcEagerAction.Shift, -1);
        state.Apply(ArcEagerAction.Shift, -1);
        var before = Extract(state, codes);
        var other = new ArcEagerState();
        other.Reset(3);
        other.Apply(ArcEagerAction.Shift, -1);
        other.Apply(ArcEagerAction.LeftArc, 5);
        other.Apply(ArcEagerAction.Shift, -1);
        var after = Extract(other, codes);
        Assert.Equal(1, other.LeftValency[2]);
        Assert.Equal(1, other.LeftMost[2]);
        Assert.NotEqual(before, after);
    }

    [Fact]
    public void FeaturesAreSpreadOverTheHashSpace()
    {
        var state = new ArcEagerState();
        state.Reset(3);
        state.Apply(ArcEagerAction.Shift, -1);
        var features = Extract(state, Codes("Troops", "crossed", "rivers"));
        Assert.Equal(features.Length, features.Distinct().Count());
    }
}
