using Dateline.Text;

namespace Dateline.Tests.Text;

public sealed class SegmentationEvaluatorTest
{
    [Fact]
    public void AHandBuiltTreebankIsScoredBySurfaceTokensAndSentences()
    {
        var path = Path.GetTempFileName();
        try
        {
            File.WriteAllText(path, TreebankTextBuilderTest.Conllu.Replace("\r", ""));

            var report = new SegmentationEvaluator().EvaluateFile(path);

            // "We don't mind" has no terminal mark and is followed by a paragraph break, so every unit matches:
            // the segmenter's "do" + "n't" are joined back into the surface token "don't".
            Assert.Equal(2, report.Documents);
            Assert.Equal(new SegmentationScore(11, 11, 11), report.Tokens);
            Assert.Equal(new SegmentationScore(4, 4, 4), report.Sentences);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void PrecisionRecallAndF1FollowFromTheCounts()
    {
        var score = new SegmentationScore(Gold: 10, Predicted: 8, Correct: 6);

        Assert.Equal(0.75, score.Precision, 6);
        Assert.Equal(0.6, score.Recall, 6);
        Assert.Equal(2 * 0.75 * 0.6 / 1.35, score.F1, 6);
    }

    [SkippableFact]
    public void OnEwtDevTheScoresStayAboveASaneFloor()
    {
        var path = Support.TestData.RequireSharedFile("ud-english-ewt", "en_ewt-ud-dev.conllu");

        var report = new SegmentationEvaluator().EvaluateFile(path);

        // Measured: tokens 0.991, sentences 0.869 (docs/QUALITY.md); the floor is well below.
        Assert.True(report.Tokens.F1 > 0.97, $"token F1 {report.Tokens.F1:F4}");
        Assert.True(report.Sentences.F1 > 0.80, $"sentence F1 {report.Sentences.F1:F4}");
    }
}
