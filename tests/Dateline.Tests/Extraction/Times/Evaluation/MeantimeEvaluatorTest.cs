using Dateline.Extraction.Times.Evaluation;
using Dateline.Tests.Support;

namespace Dateline.Tests.Extraction.Times.Evaluation;

/// <summary>The MEANTIME evaluation on one topic folder, with floors well below the measured figures (docs/QUALITY.md).</summary>
public sealed class MeantimeEvaluatorTest
{
    [SkippableFact]
    public void OneTopicScoresAboveASaneFloor()
    {
        var folder = TestData.RequireSharedFile("meantime", "intra-doc_annotation", "corpus_stock");
        var score = MeantimeEvaluator.Evaluate(folder);
        Assert.Equal(30, score.Documents);
        Assert.True(score.Gold > 50, $"gold {score.Gold}");
        Assert.True(score.RelaxedF1 > 0.75, $"relaxed F1 {score.RelaxedF1:F3}");
        Assert.True(score.ValueAccuracy > 0.75, $"value accuracy {score.ValueAccuracy:F3}");
        Assert.True(score.StrictMatches <= score.RelaxedMatches && score.ValueCorrect <= score.RelaxedMatches);
    }
}
