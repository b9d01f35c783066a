using Dateline.Nlp.Learning;

namespace Dateline.Tests.Nlp.Learning;

public class AveragedPerceptronTest
{
    [Fact]
    public void ItLearnsWhichFeaturePointsToWhichClass()
    {
        var perceptron = new AveragedPerceptron(3);
        ulong[] red = [PerceptronFeatureHash.OfChars("red")], blue = [PerceptronFeatureHash.OfChars("blue")];
        (ulong[] Features, int Class)[] examples = [(red, 0), (blue, 2)];
        var scores = new float[perceptron.ScoreLength];
        for (var pass = 0; pass < 3; pass++)
        {
            foreach (var (features, gold) in examples)
            {
                var rows = features.Select(f => perceptron.Row(f, create: true)).ToArray();
                Array.Clear(scores);
                perceptron.Score(rows, scores);
                perceptron.Tick();
                perceptron.Update(rows, gold, Array.IndexOf(scores, scores[..3].Max()) == gold ? gold : (gold + 1) % 3);
            }
        }
        var weights = perceptron.ToWeights(0f);
        var result = new float[3];
        weights.AddFeature(red[0], result);
        Assert.Equal(0, Array.IndexOf(result, result.Max()));
        Array.Clear(result);
        weights.AddFeature(blue[0], result);
        Assert.Equal(2, Array.IndexOf(result, result.Max()));
    }

    [Fact]
    public void SparseWeightsSurviveAWriteAndRead()
    {
        var weights = new PerceptronWeights(4, [11UL, 42UL], [0, 2, 3], [0, 3, 1], [0.5f, -1.25f, 2f]);
        using var stream = new MemoryStream();
        using (var writer = new BinaryWriter(stream, System.Text.Encoding.UTF8, leaveOpen: true)) weights.Write(writer);
        stream.Position = 0;
        var read = PerceptronWeights.Read(new BinaryReader(stream));
        var scores = new float[4];
        read.AddFeature(11UL, scores);
        read.AddFeature(42UL, scores);
        read.AddFeature(7UL, scores);
        Assert.Equal([0.5f, 2f, 0f, -1.25f], scores);
    }

    [Fact]
    public void AnUnknownFeatureHasNoRow()
    {
        var index = new PerceptronFeatureIndex([5UL, 9UL, 1UL << 40]);
        Assert.Equal(2, index.Find(1UL << 40));
        Assert.Equal(-1, index.Find(6UL));
    }
}
