using Dateline.Documents;
using Dateline.Nlp.Entities;
using Dateline.Nlp.Entities.Training;

namespace Dateline.Tests.Nlp.Entities;

public class NerTrainerTest
{
    [Fact]
    public void TheTrainedModelLabelsItsTrainingSentences()
    {
        var labeler = new NerLabeler(TinyModel.Train(), TinyModel.Lists);
        var buffer = new FeatureBuffer();
        foreach (var example in TinyModel.Examples)
        {
            Assert.Equal(example.Spans, labeler.Predict(SentenceText.FromWords(example.Words), buffer));
        }
    }

    [Fact]
    public void TheSameSeedGivesTheSameWeights()
    {
        var first = TinyModel.Train(seed: 5);
        var second = TinyModel.Train(seed: 5);
        Assert.Equal(first.FeatureKeys, second.FeatureKeys);
        Assert.Equal(first.Weights, second.Weights);
    }

    [Fact]
    public void TheModelGeneralizesToANewNameInAFamiliarFrame()
    {
        var labeler = new NerLabeler(TinyModel.Train(), TinyModel.Lists);
        var names = labeler.Predict(SentenceText.FromWords(["Oksana", "Hrytsenko", "visited", "Lviv", "on", "Monday", "."]), new FeatureBuffer());
        Assert.Contains(new NamedSpan(0, 2, EntityType.Person), names);
    }

    [Fact]
    public void FewerThanOnePassIsRejected() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => new NerTrainingOptions(Iterations: 0).Validate());
}
