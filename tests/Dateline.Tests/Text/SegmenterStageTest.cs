using Dateline.Documents;
using Dateline.Text;

namespace Dateline.Tests.Text;

public sealed class SegmenterStageTest
{
    [Fact]
    public void TheStageRequiresNothingAndAssignsSentencesAndTokens()
    {
        var stage = new SegmenterStage();

        Assert.Equal("segmenter", stage.Name);
        Assert.Empty(stage.Requires);
        Assert.Equal([Layers.Sentences, Layers.Tokens], stage.Assigns);
    }

    [Fact]
    public void TheDefaultPipelineSegmentsFirst()
    {
        var pipeline = DefaultPipeline.Create();

        Assert.IsType<SegmenterStage>(pipeline.Stages[0]);
    }

    [Fact]
    public void AnEmptyTextGetsEmptyLayers()
    {
        var document = new Document("  \n ");
        new SegmenterStage().Process(document, CancellationToken.None);

        Assert.Empty(document.Get(Layers.Tokens));
        Assert.Empty(document.Get(Layers.Sentences));
    }
}
