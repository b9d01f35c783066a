using Dateline.Extraction.Quantities;
using Dateline.Tests.Support;

namespace Dateline.Tests.Extraction.Quantities;

public class NameNumbersTest
{
    private static IReadOnlyList<Quantity> Extract(string text) => QuantityExtractor.Extract(SegmentedDocuments.Of(text));

    [Theory]
    [InlineData("The ministry eased its COVID-19 rules.")]
    [InlineData("The air force flew F-16 patrols.")]
    [InlineData("The team won 3-2 at home.")]
    [InlineData("The 9/11 report was read out.")]
    [InlineData("The firm sells 5G phones.")]
    [InlineData("The treaty invokes NATO's mutual clause, also called Article 5.")]
    public void CodesScoresAndLabelsAreNotQuantities(string text) => Assert.Empty(Extract(text));

    [Fact]
    public void ALabelFollowedByACountedNounStaysAQuantity()
    {
        var quantity = Assert.Single(Extract("The report listed Kherson 40 villages."));
        Assert.Equal("villages", quantity.Unit);
    }

    [Fact]
    public void AFractionWithACommonDenominatorStaysAQuantity()
    {
        var quantity = Assert.Single(Extract("The tank was 3/4 full."));
        Assert.Equal(0.75, quantity.Value);
    }
}
