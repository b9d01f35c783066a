using Dateline.Extraction.Numbers;

namespace Dateline.Tests.Extraction.Numbers;

public class DigitNumberParserTest
{
    [Theory]
    [InlineData("130,000", 130000)]
    [InlineData("1,00,000", 100000)]
    [InlineData("12,34,567", 1234567)]
    [InlineData("2014", 2014)]
    public void WholeNumbersReadWithWesternAndIndianGrouping(string token, double expected)
    {
        var number = DigitNumberParser.Parse(token);
        Assert.Equal(DigitShape.Integer, number.Shape);
        Assert.Equal(expected, number.Value);
    }

    [Theory]
    [InlineData("3.5", 3.5)]
    [InlineData("12,34,567.89", 1234567.89)]
    [InlineData("1.111,11", 1111.11)]
    [InlineData("5,50", 5.5)]
    public void DecimalsReadWithPointOrComma(string token, double expected)
    {
        var number = DigitNumberParser.Parse(token);
        Assert.Equal(DigitShape.Decimal, number.Shape);
        Assert.Equal(expected, number.Value, 9);
    }

    [Theory]
    [InlineData("1.2bn", 1_200_000_000)]
    [InlineData("10k", 10_000)]
    [InlineData("4M", 4_000_000)]
    [InlineData("2mil", 2_000_000)]
    public void AttachedScalesMultiply(string token, double expected)
    {
        var number = DigitNumberParser.Parse(token);
        Assert.True(number.Scaled);
        Assert.Equal(expected, number.Value);
    }

    [Fact]
    public void ALowerCaseMIsAUnitNotAMillion()
    {
        var number = DigitNumberParser.Parse("400m");
        Assert.False(number.Scaled);
        Assert.Equal(3, number.SuffixStart);
        Assert.Equal(400, number.Value);
    }

    [Fact]
    public void OrdinalSuffixesMakeOrdinals()
    {
        var number = DigitNumberParser.Parse("43rd");
        Assert.Equal(DigitShape.Ordinal, number.Shape);
        Assert.Equal(43, number.Value);
    }

    [Fact]
    public void SlashFractionsAndSignsRead()
    {
        Assert.Equal(0.75, DigitNumberParser.Parse("3/4").Value);
        Assert.Equal(-7.25, DigitNumberParser.Parse("-7.25").Value);
    }

    [Theory]
    [InlineData("22,24,26")]
    [InlineData("10.0.0.1")]
    [InlineData("3/9/2021")]
    public void SeparatorsThatCannotGroupMakeAList(string token) =>
        Assert.Equal(DigitShape.List, DigitNumberParser.Parse(token).Shape);

    [Theory]
    [InlineData("abc")]
    [InlineData("10:30")]
    [InlineData("1,2,")]
    public void NonNumbersAreRejected(string token) =>
        Assert.Equal(DigitShape.None, DigitNumberParser.Parse(token).Shape);
}
