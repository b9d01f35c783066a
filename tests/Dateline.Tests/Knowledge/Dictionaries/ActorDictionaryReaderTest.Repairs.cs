using Dateline.Knowledge.Dictionaries;

namespace Dateline.Tests.Knowledge.Dictionaries;

/// <summary>Odd but readable lines are read the way PETRARCH reads them (or as plainly intended) with a warning; unreadable ones stay errors.</summary>
public partial class ActorDictionaryReaderTest
{
    [Theory]
    [InlineData("[FINGOV 9506013-970101]", 1995, 6, 1)]
    [InlineData("[FINGOV >199506012]", 1995, 6, 1)]
    [InlineData("[FINGOV >1995060112]", 1995, 6, 1)]
    [InlineData("[FINGOV 19950601]", 1995, 6, 1)]
    public void OddDatesAreReadAsPetrarchReadsThemWithAWarning(string code, int year, int month, int day)
    {
        var result = ActorDictionaryReader.Read($"MARJA_KOIVU_\n\t{code}\n", "a.txt");
        Assert.Empty(result.Errors);
        var warning = Assert.Single(result.Warnings);
        Assert.Equal(2, warning.Line);
        var only = Assert.Single(result.Dictionary.Find("MARJA KOIVU")!.Codes);
        Assert.Equal(new DateOnly(year, month, day), only.From);
    }

    [Fact]
    public void ARangeEndingBeforeItStartsIsSkippedWithAWarningAndTheOtherCodesStay()
    {
        var result = ActorDictionaryReader.Read("MARJA_KOIVU_\n\t[FINGOV 20100301-20100101]\n\t[FINELI]\n", "a.txt");
        Assert.Empty(result.Errors);
        Assert.Contains("never applies", Assert.Single(result.Warnings).Message, StringComparison.Ordinal);
        Assert.Equal("FINELI", Assert.Single(result.Dictionary.Find("MARJA KOIVU")!.Codes).Code);
    }

    [Fact]
    public void ADateThatIsNoDateStaysAnError()
    {
        var result = ActorDictionaryReader.Read("MARJA_KOIVU_\n\t[FINGOV >2010AB01]\n", "a.txt");
        Assert.Single(result.Errors);
        Assert.Empty(result.Warnings);
    }

    [Fact]
    public void AStrayClosingBracketInASynonymIsDropped()
    {
        var result = ActorDictionaryReader.Read("LAKELAND_ [LKL]\n+LAKELANDERS]_\n", "a.txt");
        Assert.Empty(result.Errors);
        Assert.Single(result.Warnings);
        Assert.Equal("LKL", result.Dictionary.Find("LAKELANDERS")!.Codes[0].Code);
    }

    [Fact]
    public void TextAfterAnActorCodeIsIgnoredWithAWarning()
    {
        var result = ActorDictionaryReader.Read("NORTHWIND_TRADING_\t[MNCBUS]\tShipping\t$1,000\n", "a.txt");
        Assert.Empty(result.Errors);
        Assert.Single(result.Warnings);
        Assert.Equal("MNCBUS", result.Dictionary.Find("NORTHWIND TRADING")!.Codes[0].Code);
    }
}
