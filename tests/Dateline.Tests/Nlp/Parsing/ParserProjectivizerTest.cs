using Dateline.Nlp.Parsing;

namespace Dateline.Tests.Nlp.Parsing;

public class ParserProjectivizerTest
{
    // "A meeting was held about the strike yesterday": "about the strike" modifies "meeting" across "was held".
    private static readonly int[] Crossing = [0, 2, 4, 4, 0, 7, 7, 2, 4];

    [Fact]
    public void ACrossingArcIsDetected()
    {
        Assert.False(ParserProjectivizer.IsProjective(Crossing));
        Assert.True(ParserProjectivizer.IsProjective(ParserTestSentences.GoldHeads(ParserTestSentences.All[3])));
    }

    [Fact]
    public void LiftingReattachesTheCrossingDependentToItsGrandparent()
    {
        var heads = (int[])Crossing.Clone();
        Assert.Equal(1, ParserProjectivizer.Lift(heads));
        Assert.Equal(4, heads[7]);
        Assert.True(ParserProjectivizer.IsProjective(heads));
        Assert.Equal(Crossing.Where((_, i) => i != 7), heads.Where((_, i) => i != 7));
    }

    [Fact]
    public void AProjectiveTreeIsLeftAlone()
    {
        var heads = ParserTestSentences.GoldHeads(ParserTestSentences.All[1]);
        var before = (int[])heads.Clone();
        Assert.Equal(0, ParserProjectivizer.Lift(heads));
        Assert.Equal(before, heads);
    }
}
