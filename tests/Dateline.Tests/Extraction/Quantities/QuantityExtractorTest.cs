using Dateline.Extraction.Quantities;
using Dateline.Tests.Support;

namespace Dateline.Tests.Extraction.Quantities;

public class QuantityExtractorTest
{
    private static IReadOnlyList<Quantity> Extract(string text) => QuantityExtractor.Extract(SegmentedDocuments.Of(text));

    private static Quantity Single(string text)
    {
        var quantities = Extract(text);
        Assert.Single(quantities);
        return quantities[0];
    }

    [Theory]
    [InlineData("The firm raised $1.2bn from investors.", 1_200_000_000, "USD")]
    [InlineData("The ministry cleared Rs 3.5 crore for repairs.", 35_000_000, "INR")]
    [InlineData("The club paid £5.5m for him.", 5_500_000, "GBP")]
    [InlineData("The grant was €40,000.", 40_000, "EUR")]
    [InlineData("Kyiv set aside 2 billion hryvnia.", 2_000_000_000, "UAH")]
    [InlineData("Moscow fined the site 800,000 roubles.", 800_000, "RUB")]
    [InlineData("The farmer earned 4 lakh rupees.", 400_000, "INR")]
    [InlineData("Beijing lent 30 billion yuan.", 30_000_000_000, "CNY")]
    [InlineData("He sold it for 300 Australian dollars.", 300, "AUD")]
    [InlineData("The deal is worth USD 75 million.", 75_000_000, "USD")]
    [InlineData("Each family got Rs. 5 lakh in relief.", 500_000, "INR")]
    [InlineData("Tickets cost between $100 and $150.", 100, "USD")]
    public void MoneyHasItsValueAndIsoCode(string text, double value, string currency)
    {
        var quantity = Single(text);
        Assert.Equal(QuantityKind.Money, quantity.Kind);
        Assert.Equal(value, quantity.Value);
        Assert.Equal(currency, quantity.Currency);
    }

    [Theory]
    [InlineData("Turnout was 60 per cent.")]
    [InlineData("Turnout was 60 percent.")]
    [InlineData("Turnout was 60%.")]
    [InlineData("Turnout was sixty percent.")]
    public void PercentagesAreReadEveryWay(string text)
    {
        var quantity = Single(text);
        Assert.Equal(QuantityKind.Percent, quantity.Kind);
        Assert.Equal(60, quantity.Value);
        Assert.Equal("percent", quantity.Unit);
    }

    [Theory]
    [InlineData("The column stretched 64 km along the road.", 64, "km")]
    [InlineData("The column stretched 64 kilometres along the road.", 64, "km")]
    [InlineData("The ship carried 3,000 tonnes of grain.", 3000, "tonne")]
    [InlineData("They walked 12 miles.", 12, "mile")]
    [InlineData("A 5km stretch was closed.", 5, "km")]
    public void MeasuresHaveANormalizedUnit(string text, double value, string unit)
    {
        var quantity = Single(text);
        Assert.Equal(QuantityKind.Measure, quantity.Kind);
        Assert.Equal(value, quantity.Value);
        Assert.Equal(unit, quantity.Unit);
    }

    [Theory]
    [InlineData("More than 500 soldiers crossed.", 500.0, null)]
    [InlineData("Over 500 soldiers crossed.", 500.0, null)]
    [InlineData("At least 500 soldiers crossed.", 500.0, null)]
    [InlineData("Less than 500 soldiers crossed.", null, 500.0)]
    [InlineData("Up to 500 soldiers crossed.", null, 500.0)]
    [InlineData("Under 500 soldiers crossed.", null, 500.0)]
    [InlineData("No more than 500 soldiers crossed.", null, 500.0)]
    public void ModifiersSetOneBound(string text, double? lower, double? upper)
    {
        var quantity = Single(text);
        Assert.Equal(lower, quantity.Lower);
        Assert.Equal(upper, quantity.Upper);
        Assert.Equal("soldiers", quantity.Unit);
    }

    [Theory]
    [InlineData("About 40 boats sank.")]
    [InlineData("Around 40 boats sank.")]
    [InlineData("Roughly 40 boats sank.")]
    [InlineData("Some 40 boats sank.")]
    public void ApproximateModifiersMarkTheQuantity(string text)
    {
        var quantity = Single(text);
        Assert.True(quantity.Approximate);
        Assert.Null(quantity.Lower);
        Assert.Equal(40, quantity.Value);
    }

    [Fact]
    public void NearlyIsApproximateAndAnUpperBound()
    {
        var quantity = Single("Nearly 90 villages flooded.");
        Assert.True(quantity.Approximate);
        Assert.Equal(90, quantity.Upper);
    }

    [Theory]
    [InlineData("Between 100 and 150 tanks moved.")]
    [InlineData("From 100 to 150 tanks moved.")]
    [InlineData("100 to 150 tanks moved.")]
    [InlineData("100-150 tanks moved.")]
    public void RangesSetBothBounds(string text)
    {
        var quantity = Single(text);
        Assert.Equal(100, quantity.Lower);
        Assert.Equal(150, quantity.Upper);
        Assert.Equal("tanks", quantity.Unit);
    }

    [Fact]
    public void ARangeSharesTheScaleOfItsSecondNumber()
    {
        var quantity = Single("Estimates ran from 3 to 5 million refugees.");
        Assert.Equal(3_000_000, quantity.Lower);
        Assert.Equal(5_000_000, quantity.Upper);
    }

    [Fact]
    public void TwoOneSidedBoundsJoinIntoARange()
    {
        var quantity = Single("The crowd was more than 200 but less than 300.");
        Assert.Equal(200, quantity.Lower);
        Assert.Equal(300, quantity.Upper);
    }

    [Theory]
    [InlineData("Dozens of people gathered.", 24, 99)]
    [InlineData("Hundreds of people gathered.", 200, 999)]
    [InlineData("Thousands of people gathered.", 2000, 9999)]
    [InlineData("Tens of thousands of people gathered.", 20000, 99999)]
    [InlineData("Several hundred people gathered.", 300, 900)]
    [InlineData("A few hundred people gathered.", 200, 500)]
    public void VagueCountsHaveBoundsAndTheirNoun(string text, double lower, double upper)
    {
        var quantity = Single(text);
        Assert.Equal(lower, quantity.Lower);
        Assert.Equal(upper, quantity.Upper);
        Assert.True(quantity.Approximate);
        Assert.Equal("people", quantity.Unit);
    }

    [Theory]
    [InlineData("The army sent 1 lakh Russian troops.", "troops")]
    [InlineData("Police arrested 14 young men.", "men")]
    [InlineData("Rebels seized 3 armoured vehicles.", "vehicles")]
    [InlineData("Five people were hurt.", "people")]
    public void TheCountedNounIsTheHeadAfterAdjectives(string text, string unit) => Assert.Equal(unit, Single(text).Unit);

    [Theory]
    [InlineData("The ticket cost 12 dollars 40.", 12.4)]
    [InlineData("The ticket cost twelve dollars and forty cents.", 12.4)]
    public void CentsAfterTheCurrencyNameAddToTheAmount(string text, double value)
    {
        var quantity = Single(text);
        Assert.Equal(value, quantity.Value, 9);
        Assert.Equal("USD", quantity.Currency);
    }

    [Fact]
    public void ANumberAfterTheCurrencyThatCountsSomethingIsNotCents()
    {
        var quantities = Extract("They paid 12 dollars 40 times.");
        Assert.Equal([12.0, 40], quantities.Select(q => q.Value));
    }

    [Fact]
    public void IndianGroupingReadsAsOneNumber()
    {
        var quantity = Single("Over 1,00,000 pilgrims came.");
        Assert.Equal(100_000, quantity.Lower);
        Assert.Equal("pilgrims", quantity.Unit);
    }

    [Fact]
    public void AVerbAfterTheNumberIsNotACountedNoun()
    {
        var quantity = Single("Of the crew, 12 survived.");
        Assert.Null(quantity.Unit);
    }

    [Theory]
    [InlineData("The talks began on February 16 in Geneva.")]
    [InlineData("The talks began on 16 February in Geneva.")]
    [InlineData("The plant opened in 2014.")]
    [InlineData("The plant has operated since 1998.")]
    [InlineData("The talks began on March 3, 2019.")]
    [InlineData("The meeting starts at 5 pm.")]
    [InlineData("The meeting starts at 10:30 tomorrow.")]
    [InlineData("The 2014-15 budget passed.")]
    [InlineData("Survivors of the 1994 genocide spoke.")]
    [InlineData("The plan ran from 2016 to 2019.")]
    public void DatesYearsAndClockTimesAreNotQuantities(string text) => Assert.Empty(Extract(text));

    [Fact]
    public void AFourDigitNumberBeforeAPluralNounIsACount()
    {
        var quantity = Single("In 2020 protesters marched, and 2000 workers joined.");
        Assert.Equal(2000, quantity.Value);
        Assert.Equal("workers", quantity.Unit);
    }

    [Theory]
    [InlineData("The army sent more than 2000 to the border.", 2000)]
    [InlineData("The fee was $1999.", 1999)]
    [InlineData("A force of 1950 marched.", 1950)]
    public void AYearLikeNumberAfterAModifierOrCurrencyIsAnAmount(string text, double value) => Assert.Equal(value, Single(text).Value);

    [Fact]
    public void SpansCoverModifierNumberAndNoun()
    {
        const string text = "Russia sent more than 1 lakh troops north.";
        var quantity = Single(text);
        Assert.Equal("more than 1 lakh troops", text[quantity.Start..quantity.End]);
        Assert.Equal(0, quantity.Sentence);
    }

    [Fact]
    public void QuantitiesComeInTextOrderWithTheirSentence()
    {
        var quantities = Extract("Dozens of boats left. Then 4 ships and hundreds of rafts followed.");
        Assert.Equal([24.0, 4, 200], quantities.Select(q => q.Value));
        Assert.Equal([0, 1, 1], quantities.Select(q => q.Sentence));
    }
}
