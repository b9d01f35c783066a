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
}
