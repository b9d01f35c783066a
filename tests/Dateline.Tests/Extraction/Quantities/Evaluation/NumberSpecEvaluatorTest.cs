using Dateline.Extraction.Quantities.Evaluation;
using Dateline.Tests.Support;

namespace Dateline.Tests.Extraction.Quantities.Evaluation;

public class NumberSpecEvaluatorTest
{
    [Fact]
    public void ValuesAreFormattedLikeTheReference()
    {
        Assert.Equal("0.666666666666667", NumberSpecEvaluator.Format(2.0 / 3));
        Assert.Equal("1E-12", NumberSpecEvaluator.Format(1e-12));
        Assert.Equal("1200000000", NumberSpecEvaluator.Format(1.2e9));
        Assert.Equal("", NumberSpecEvaluator.Format(null));
    }

    [SkippableFact]
    public void TheNumberSpecCasesPassAboveAFloor()
    {
        var folder = TestData.RequireSharedFile("recognizers-text");
        var report = new NumberSpecEvaluator().Evaluate(folder);
        var numbers = report.Files.Single(f => f.File.EndsWith("NumberModel.json", StringComparison.Ordinal) && f.File.StartsWith("Number/", StringComparison.Ordinal));
        // Measured 97.6 %; the floor sits well below so tuning elsewhere does not break the suite.
        Assert.True(numbers.PassRate > 0.9, $"NumberModel pass rate {numbers.PassRate:P1}");
        Assert.True(numbers.InScope > 200);
        Assert.NotEmpty(report.SkippedFiles);
    }
}
