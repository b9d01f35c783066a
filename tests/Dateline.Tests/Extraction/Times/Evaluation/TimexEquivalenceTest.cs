using Dateline.Extraction.Times;
using Dateline.Extraction.Times.Evaluation;

namespace Dateline.Tests.Extraction.Times.Evaluation;

/// <summary>How a TIMEX3 value is compared with a Recognizers-Text timex.</summary>
public sealed class TimexEquivalenceTest
{
    private static TimeExpression Value(string value) => new(0, 1, TimeType.Date, value, 0);

    [Fact]
    public void AQuarterEqualsThePeriodWrittenAsARange() =>
        Assert.True(TimexEquivalence.Matches(Value("2017-Q1"), "(2017-01-01,2017-04-01,P3M)", []));

    [Fact]
    public void AnIsoWeekEqualsItsMondayToMondayRange() =>
        Assert.True(TimexEquivalence.Matches(Value("2016-W45"), "(2016-11-07,2016-11-14,P1W)", []));

    [Fact]
    public void AnOpenYearMatchesOneOfItsResolutionsOnly()
    {
        Assert.True(TimexEquivalence.Matches(Value("2017-10-14"), "XXXX-10-14", ["2017-10-14", "2016-10-14"]));
        Assert.False(TimexEquivalence.Matches(Value("2015-10-14"), "XXXX-10-14", ["2017-10-14", "2016-10-14"]));
    }

    [Fact]
    public void ADifferentMonthDoesNotMatch() =>
        Assert.False(TimexEquivalence.Matches(Value("2017-02"), "(2017-01-01,2017-02-01,P1M)", []));

    [Fact]
    public void AWholeHourIsTheSameWithOrWithoutMinutes()
    {
        Assert.True(TimexEquivalence.Matches(Value("2016-11-07T19:00"), "T19", []));
        Assert.False(TimexEquivalence.Matches(Value("2016-11-07T19:30"), "T19", []));
    }

    [Fact]
    public void ARangeMatchesByItsStartAndLength()
    {
        var next3Days = new TimeExpression(0, 1, TimeType.Duration, "P3D", 0) { RangeBegin = "2016-11-08", RangeEnd = "2016-11-11" };
        Assert.True(TimexEquivalence.Matches(next3Days, "(2016-11-08,2016-11-11,P3D)", []));
        Assert.False(TimexEquivalence.Matches(next3Days, "(2016-11-07,2016-11-10,P3D)", []));
        var years = new TimeExpression(0, 1, TimeType.Duration, "P4Y", 0) { RangeBegin = "2014", RangeEnd = "2018" };
        Assert.True(TimexEquivalence.Matches(years, "(2014-01-01,2018-01-01,P4Y)", []));
        Assert.False(TimexEquivalence.Matches(Value("P3D"), "(2016-11-08,2016-11-11,P3D)", []));
    }

    [Fact]
    public void AnOpenTimeOfDayNeedsTheSameClockTime()
    {
        Assert.True(TimexEquivalence.Matches(Value("2016-10-14T08:00"), "XXXX-10-14T08:00", ["2016-10-14 08:00:00", "2017-10-14 08:00:00"]));
        Assert.False(TimexEquivalence.Matches(Value("2016-10-14T09:00"), "XXXX-10-14T08:00", ["2016-10-14 08:00:00", "2017-10-14 08:00:00"]));
    }

    [Fact]
    public void AVagueAmountIsUnknownInTimexAndThreeInRecognizersOnlyForVagueWords()
    {
        Assert.True(TimexEquivalence.Matches(Value("PXW"), "P3W", [], vague: true));
        Assert.False(TimexEquivalence.Matches(Value("PXW"), "P3W", []));
    }

    [Fact]
    public void AQuarterDurationIsThreeMonths() => Assert.True(TimexEquivalence.Matches(Value("P1Q"), "P3M", []));
}
