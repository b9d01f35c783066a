using Dateline.Documents;
using Dateline.Nlp.Entities;

namespace Dateline.Tests.Nlp.Entities;

public class ViterbiDecoderTest
{
    private const int L = BilouScheme.LabelCount;

    [Fact]
    public void TheBestSequenceNeverBreaksTheBilouRules()
    {
        // Token scores alone would pick I-PER then O, which is not a valid sequence.
        var scores = new float[2 * L];
        var inside = BilouScheme.Label(BilouScheme.TypeIndex(EntityType.Person), BilouScheme.Inside);
        var unit = BilouScheme.Label(BilouScheme.TypeIndex(EntityType.Person), BilouScheme.Unit);
        scores[inside] = 5;
        scores[unit] = 3;
        scores[L + BilouScheme.Outside] = 2;
        var labels = new int[2];
        ViterbiDecoder.Decode(scores, new int[2 * L], new float[L * L], 2, labels);
        Assert.Equal([unit, BilouScheme.Outside], labels);
    }

    [Fact]
    public void TransitionWeightsCanOutweighTokenScores()
    {
        var scores = new float[2 * L];
        var begin = BilouScheme.Label(BilouScheme.TypeIndex(EntityType.Location), BilouScheme.Begin);
        var last = BilouScheme.Label(BilouScheme.TypeIndex(EntityType.Location), BilouScheme.Last);
        scores[BilouScheme.Outside] = 1;
        scores[L + BilouScheme.Outside] = 1;
        var transitions = new float[L * L];
        transitions[begin * L + last] = 5;
        var labels = new int[2];
        ViterbiDecoder.Decode(scores, new int[2 * L], transitions, 2, labels);
        Assert.Equal([begin, last], labels);
    }
}
