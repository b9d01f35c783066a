using static Dateline.Tests.Extraction.Times.TimeTestDocuments;

namespace Dateline.Tests.Extraction.Times;

/// <summary>Compound durations, relative offsets, weeks with their weekday and ranges, against a report dated Tuesday 2022-02-15.</summary>
public sealed class TimeGrammarCompositionTest
{
    [Theory]
    [InlineData("The mission lasted 1 year 2 months and 10 days in total.", "1 year 2 months and 10 days", "P1Y2M10D")]
    [InlineData("The crew worked all day on the repairs.", "all day", "P1D")]
    [InlineData("The talks could take a couple of weeks.", "a couple of weeks", "P2W")]
    [InlineData("The convoy arrived 1 month and 21 days ago.", "1 month and 21 days ago", "2021-12-25")]
    [InlineData("The vote is two days after tomorrow.", "two days after tomorrow", "2022-02-18")]
    [InlineData("The vote is on Friday next week.", "Friday next week", "2022-02-25")]
    [InlineData("The vote is next week on Friday.", "next week on Friday", "2022-02-25")]
    [InlineData("Output fell in 2016 Q3.", "2016 Q3", "2016-Q3")]
    [InlineData("The report covers 2021-11 only.", "2021-11", "2021-11")]
    [InlineData("Officials expect a decision by end of this month.", "end of this month", "2022-02")]
    public void CompositionsNormalize(string text, string span, string value) =>
        Assert.Equal(value, ValueOf(text, span));

    [Fact]
    public void ATwoYearSpanWithADashStaysARangeOfYears() =>
        Assert.Equal("P1Y", ValueOf("The 2010-11 season was cut short.", "2010-11"));

    [Theory]
    [InlineData("The fair runs from 4 to 22 March 2023.", "from 4 to 22 March 2023", "2023-03-04", "2023-03-22", "P18D")]
    [InlineData("Schools close 4 to 9 next month.", "4 to 9 next month", "2022-03-04", "2022-03-09", "P5D")]
    [InlineData("Sales rose from January to April 2015.", "from January to April 2015", "2015-01", "2015-04", "P3M")]
    [InlineData("Rain is expected over the next 3 days.", "the next 3 days", "2022-02-16", "2022-02-19", "P3D")]
    [InlineData("Prices rose over the past 3 weeks.", "the past 3 weeks", "2022-01-25", "2022-02-15", "P3W")]
    public void RangesGiveTheirFirstAndLastPoint(string text, string span, string begin, string end, string value)
    {
        var t = Find(text, Recognize(text, "2022-02-15"), span);
        Assert.Equal((begin, end, value), (t.RangeBegin, t.RangeEnd, t.Value));
    }

    [Theory]
    [InlineData("Growth slowed in the seventies across the region.", "the seventies", "197")]
    [InlineData("Output peaked in the 1970's across the region.", "the 1970's", "197")]
    [InlineData("Trade routes changed in the 15th century for good.", "the 15th century", "14")]
    public void DecadesAndCenturiesNormalize(string text, string span, string value) =>
        Assert.Equal(value, ValueOf(text, span));

    [Fact]
    public void ASpelledDecadeWithoutTheIsAnAge() => Assert.Empty(Recognize("Most of the workers are in their forties.", "2022-02-15"));
}
