using Dateline.Extraction.Times;
using static Dateline.Tests.Extraction.Times.TimeTestDocuments;

namespace Dateline.Tests.Extraction.Times;

/// <summary>Detection and normalization by family, against a report dated Tuesday 2022-02-15.</summary>
public sealed class TimeExpressionStageTest
{
    [Theory]
    [InlineData("The talks resume on February 16 in Geneva.", "February 16", "2022-02-16")]
    [InlineData("The talks resume on Feb. 16 in Geneva.", "Feb. 16", "2022-02-16")]
    [InlineData("The treaty was signed on 16 February 2021 in Minsk.", "16 February 2021", "2021-02-16")]
    [InlineData("The filing is dated 2022-02-16 in the register.", "2022-02-16", "2022-02-16")]
    [InlineData("The vote falls on the sixteenth of February this time.", "the sixteenth of February", "2022-02-16")]
    [InlineData("Rates rose in March 2020 across the region.", "March 2020", "2020-03")]
    [InlineData("Exports have doubled since the 1990s in the valley.", "the 1990s", "199")]
    [InlineData("The bridge opened on December 3, 1998 after delays.", "December 3, 1998", "1998-12-03")]
    public void AbsoluteDatesInNewsSpellingsNormalize(string text, string span, string value) =>
        Assert.Equal(value, ValueOf(text, span));

    [Fact]
    public void NumericDatesAreMonthFirstUnlessDayFirstIsChosenOrForced()
    {
        const string text = "The order is dated 03/02/2022 and the appeal 16/02/2022 at the court.";
        Assert.Equal("2022-03-02", ValueOf(text, "03/02/2022"));
        Assert.Equal("2022-02-16", ValueOf(text, "16/02/2022"));
        var dayFirst = Recognize(text, "2022-02-15", options: new TimeOptions { DayFirst = true, RequireTags = false });
        Assert.Equal("2022-02-03", Find(text, dayFirst, "03/02/2022").Value);
    }

    [Theory]
    [InlineData("Officials met today in the capital.", "today", "2022-02-15")]
    [InlineData("Officials met yesterday in the capital.", "yesterday", "2022-02-14")]
    [InlineData("Officials meet tomorrow in the capital.", "tomorrow", "2022-02-16")]
    [InlineData("Prices climbed last week across the country.", "last week", "2022-W06")]
    [InlineData("Prices may climb next month across the country.", "next month", "2022-03")]
    [InlineData("Prices climbed earlier this month across the country.", "earlier this month", "2022-02")]
    [InlineData("The convoy left two days ago from the border.", "two days ago", "2022-02-13")]
    [InlineData("The plant will reopen in three weeks after repairs.", "in three weeks", "2022-03-08")]
    [InlineData("Output should grow this year as planned.", "this year", "2022")]
    [InlineData("Output fell last year as planned.", "last year", "2021")]
    [InlineData("Output fell in the last quarter, the firm said.", "the last quarter", "2021-Q4")]
    [InlineData("The rebels are currently holding the pass.", "currently", "PRESENT_REF")]
    [InlineData("The rebels recently took the pass.", "recently", "PAST_REF")]
    public void RelativeDatesResolveAgainstThePublicationDate(string text, string span, string value) =>
        Assert.Equal(value, ValueOf(text, span));

    [Theory]
    [InlineData("Trade grew in 2014 before the crisis.", "2014", "2014", null)]
    [InlineData("Trade has grown since 2014 in the region.", "2014", "2014", "ON_OR_AFTER")]
    [InlineData("The pact must be ratified before 2030 by all members.", "2030", "2030", "BEFORE")]
    [InlineData("Shipments slowed in early 2009 at the port.", "early 2009", "2009", "START")]
    [InlineData("Shipments slowed in mid-2011 at the port.", "mid-2011", "2011", "MID")]
    [InlineData("Shipments slowed in late February at the port.", "late February", "2022-02", "END")]
    [InlineData("Shipments slowed at the end of last year at the port.", "the end of last year", "2021", "END")]
    [InlineData("The siege lasted about three weeks in all.", "about three weeks", "P3W", "APPROX")]
    [InlineData("The siege lasted more than two years in all.", "more than two years", "P2Y", "MORE_THAN")]
    [InlineData("The siege lasted nearly five months in all.", "nearly five months", "P5M", "LESS_THAN")]
    public void YearsAndModifiersCarryTheirMod(string text, string span, string value, string? mod)
    {
        var time = Find(text, Recognize(text, "2022-02-15"), span);
        Assert.Equal(value, time.Value);
        Assert.Equal(mod, time.Mod);
    }

    [Theory]
    [InlineData("Profit rose in the first quarter at the lender.", "the first quarter", "2022-Q1")]
    [InlineData("Profit rose in Q3 2021 at the lender.", "Q3 2021", "2021-Q3")]
    [InlineData("Profit rose in the third quarter of 2020 at the lender.", "the third quarter of 2020", "2020-Q3")]
    [InlineData("Profit rose in fiscal 2022 at the lender.", "fiscal 2022", "FY2022")]
    [InlineData("Profit rose in FY2021-22 at the lender.", "FY2021-22", "FY2022")]
    [InlineData("Profit rose in the second half of 2021 at the lender.", "the second half of 2021", "2021-H2")]
    [InlineData("Crops failed in the summer of 2018 in the north.", "the summer of 2018", "2018-SU")]
    [InlineData("Crops will be planted this spring in the north.", "this spring", "2022-SP")]
    public void QuartersFiscalYearsAndSeasonsNormalize(string text, string span, string value) =>
        Assert.Equal(value, ValueOf(text, span));

    [Fact]
    public void AQuarterLaterInTheYearIsLastYearsInAPastTenseClause()
    {
        const string text = "Sales fell in the fourth quarter, the company reported.";
        Assert.Equal("2021-Q4", ValueOf(text, "the fourth quarter", xpos: new Dictionary<string, string> { ["fell"] = "VBD", ["reported"] = "VBD" }));
    }

    [Theory]
    [InlineData("The strike began at 1am across the network.", "1am", "2022-02-15T01:00")]
    [InlineData("The market closed at 13:00 GMT after the news.", "13:00 GMT", "2022-02-15T13:00Z")]
    [InlineData("The strike began at 1am UK time across the network.", "1am UK time", "2022-02-15T01:00Z")]
    [InlineData("The court sits at 10:30 IST in Delhi.", "10:30 IST", "2022-02-15T10:30+05:30")]
    [InlineData("The ministers lunch at noon in the palace.", "noon", "2022-02-15T12:00")]
    [InlineData("The ministers met on Tuesday morning in the palace.", "Tuesday morning", "2022-02-15TMO")]
    [InlineData("The ministers met this morning in the palace.", "this morning", "2022-02-15TMO")]
    [InlineData("Shelling continued last night near the river.", "last night", "2022-02-14TNI")]
    [InlineData("The vote opens Wednesday at 9 a.m. in the hall.", "Wednesday at 9 a.m.", "2022-02-16T09:00")]
    public void ClockTimesTakeTheirDateAndZone(string text, string span, string value)
    {
        var time = Find(text, Recognize(text, "2022-02-15"), span);
        Assert.Equal(value, time.Value);
        Assert.Equal(TimeType.Time, time.Type);
    }

    [Fact]
    public void UkTimeIsBritishSummerTimeInJuly()
    {
        const string text = "The polls close at 10pm UK time tonight.";
        Assert.Equal("2022-07-05T22:00+01:00", ValueOf(text, "10pm UK time", "2022-07-05"));
    }

    [Theory]
    [InlineData("The fighting went on for three days in the town.", "three days", "P3D")]
    [InlineData("The ceasefire held for 48 hours in the town.", "48 hours", "PT48H")]
    [InlineData("The dispute has lasted a decade in the courts.", "a decade", "P10Y")]
    [InlineData("He signed a 27-year lease on the port.", "27-year", "P27Y")]
    [InlineData("Talks took two and a half years to finish.", "two and a half years", "P2.5Y")]
    [InlineData("The ban lasted several years in the state.", "several years", "PXY")]
    [InlineData("Losses mounted over the past two weeks at the fund.", "the past two weeks", "P2W")]
    public void DurationsNormalize(string text, string span, string value)
    {
        var time = Find(text, Recognize(text, "2022-02-15"), span);
        Assert.Equal(value, time.Value);
        Assert.Equal(TimeType.Duration, time.Type);
    }

    [Fact]
    public void AgeAdjectivesAndDayOfPhrasesAreNotDurations()
    {
        const string text = "The 27-year-old said it would be a day of unity.";
        Assert.Empty(Recognize(text, "2022-02-15"));
    }

    [Theory]
    [InlineData("The board meets every day at the site.", "every day", "P1D")]
    [InlineData("The board publishes weekly reports.", "weekly", "P1W")]
    [InlineData("The board meets each Monday at the site.", "each Monday", "XXXX-WXX-1")]
    [InlineData("The board meets every two weeks at the site.", "every two weeks", "P2W")]
    [InlineData("The market opens on Sundays near the mosque.", "Sundays", "XXXX-WXX-7")]
    public void SetsNormalize(string text, string span, string value)
    {
        var time = Find(text, Recognize(text, "2022-02-15"), span);
        Assert.Equal(value, time.Value);
        Assert.Equal(TimeType.Set, time.Type);
    }

    [Fact]
    public void FromMondayToWednesdayIsARangeWithBeginAndEnd()
    {
        const string text = "The summit runs from Monday to Wednesday next door.";
        var time = Find(text, Recognize(text, "2022-02-15"), "from Monday to Wednesday");
        Assert.Equal(("2022-02-14", "2022-02-16", "P2D"), (time.RangeBegin, time.RangeEnd, time.Value));
    }

    [Theory]
    [InlineData("The games run Feb 14-16 in the mountains.", "Feb 14-16", "2022-02-14", "2022-02-16")]
    [InlineData("The plant was built between 2014 and 2016 in the valley.", "between 2014 and 2016", "2014", "2016")]
    [InlineData("The plant was built in 2014-16 in the valley.", "2014-16", "2014", "2016")]
    public void RangesGiveBothEnds(string text, string span, string begin, string end)
    {
        var time = Find(text, Recognize(text, "2022-02-15"), span);
        Assert.Equal((begin, end), (time.RangeBegin, time.RangeEnd));
    }

    [Fact]
    public void SentenceIndexAndAnchorAreRecorded()
    {
        const string text = "Nothing happened. Then it rained on Friday.";
        var time = Find(text, Recognize(text, "2022-02-15"), "Friday");
        Assert.Equal(1, time.Sentence);
        Assert.Equal(new DateOnly(2022, 2, 15), time.Anchor);
        Assert.True(time.Anchored);
    }
}
