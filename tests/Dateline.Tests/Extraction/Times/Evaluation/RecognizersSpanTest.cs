using Dateline.Extraction.Times.Evaluation;

namespace Dateline.Tests.Extraction.Times.Evaluation;

/// <summary>How our span is compared with a Recognizers-Text span.</summary>
public sealed class RecognizersSpanTest
{
    private static RecognizersExpected Expected(string text, string? mod = null) => new(text, "2018", mod, []);

    [Fact]
    public void ASignalWordCountsOnlyWhenOurModSaysTheSame()
    {
        Assert.True(RecognizersSpan.Matches("2018", "AFTER", Expected("after 2018", "after")));
        Assert.False(RecognizersSpan.Matches("2018", null, Expected("after 2018", "after")));
        Assert.False(RecognizersSpan.Matches("2018", "BEFORE", Expected("after 2018", "after")));
    }

    [Fact]
    public void CaseAFinalFullStopAndALeadingArticleAreExtentConventions()
    {
        Assert.True(RecognizersSpan.Matches("second of Aug.", null, Expected("second of aug")));
        Assert.True(RecognizersSpan.Matches("the following week", null, Expected("following week")));
        Assert.False(RecognizersSpan.Matches("week", null, Expected("following week")));
    }
}
