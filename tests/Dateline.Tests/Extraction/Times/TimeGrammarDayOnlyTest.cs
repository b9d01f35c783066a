using static Dateline.Tests.Extraction.Times.TimeTestDocuments;

namespace Dateline.Tests.Extraction.Times;

/// <summary>Days without their month and numeric dates without a year, against a report dated Tuesday 2022-02-15.</summary>
public sealed class TimeGrammarDayOnlyTest
{
    [Theory]
    [InlineData("The hearing resumes on the 27th.", "the 27th", "2022-02-27")]
    [InlineData("The court sat on the 3rd.", "the 3rd", "2022-02-03")]
    [InlineData("Talks are set for Friday the 18th.", "Friday the 18th", "2022-02-18")]
    [InlineData("Payments are due on the 20th of next month.", "the 20th of next month", "2022-03-20")]
    [InlineData("The order was signed on 4/22.", "4/22", "2022-04-22")]
    [InlineData("Figures are reported as of Dec31, 2021.", "Dec31, 2021", "2021-12-31")]
    public void ADayTakesItsMonthFromTheTextOrTheReferenceDate(string text, string span, string value) =>
        Assert.Equal(value, ValueOf(text, span));

    [Fact]
    public void AComingDayInAFutureClauseIsNextMonths() =>
        Assert.Equal("2022-03-03", ValueOf("The court will sit again on the 3rd.", "the 3rd", xpos: new Dictionary<string, string> { ["will"] = "MD", ["sit"] = "VB" }));

    [Fact]
    public void WithoutAPublicationDateTheMonthStaysOpen() =>
        Assert.Equal("XXXX-XX-27", ValueOf("The hearing resumes on the 27th.", "the 27th", published: null));

    [Fact]
    public void TwentyFourSevenIsNoDate() => Assert.Empty(Recognize("The hotline runs 24/7 for callers.", "2022-02-15"));
}
