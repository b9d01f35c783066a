using Dateline.Knowledge.Dictionaries;

namespace Dateline.Tests.Knowledge.Dictionaries;

/// <summary>Odd but readable lines are read the way PETRARCH reads them (or as plainly intended) with a warning; unreadable ones stay errors.</summary>
public class RepairedLinesTest
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

    [Fact]
    public void AnAgentCodeClosedWithABraceIsReadButAnAgentWithoutCodeIsAnError()
    {
        var result = AgentDictionaryReader.Read("HARBOUR_BOARD [~GOV}\nHARBOUR_PILOT\n", "g.txt");
        Assert.Equal(2, Assert.Single(result.Errors).Line);
        Assert.Equal(1, Assert.Single(result.Warnings).Line);
        Assert.Equal("NORGOV", result.Dictionary.Find("harbour boards")!.Qualify("NOR"));
    }

    [Fact]
    public void AVerbMarkerGluedToAWordIsSplit()
    {
        var result = VerbDictionaryReader.Read("--- STAY [010] ---\nSTAY\n- *CALM [012]\n", "v.txt");
        Assert.Empty(result.Errors);
        Assert.Single(result.Warnings);
        var pattern = Assert.Single(result.Dictionary.Blocks[0].Patterns);
        Assert.Equal([PatternElementKind.Verb, PatternElementKind.Word], pattern.Elements.Select(e => e.Kind));
        Assert.Equal("CALM", pattern.Elements[1].Text);
    }

    [Theory]
    [InlineData("- * TALKS (WITH RIVALS) RIVALS) [040]")]
    [InlineData("- SHARPLY * CRITICIZE (OVER ^) ^) [111]")]
    public void AGroupEndRepeatedAfterTheGroupIsDropped(string line)
    {
        var result = VerbDictionaryReader.Read("--- HOLD [040] ---\nHOLD\n" + line + "\n", "v.txt");
        Assert.Empty(result.Errors);
        Assert.Contains("repeats its end", Assert.Single(result.Warnings).Message, StringComparison.Ordinal);
        var pattern = Assert.Single(result.Dictionary.Blocks[0].Patterns);
        Assert.Equal(PatternElementKind.PrepositionalPhrase, pattern.Elements[^1].Kind);
    }

    [Fact]
    public void AStrayClosingBracketThatRepeatsNothingStaysAnError()
    {
        var result = VerbDictionaryReader.Read("--- HOLD [040] ---\nHOLD\n- * TALKS (WITH RIVALS) ALLIES) [040]\n", "v.txt");
        Assert.Single(result.Errors);
        Assert.Empty(result.Dictionary.Blocks[0].Patterns);
    }

    [Fact]
    public void IssueLinesAreReadAsPetrarchDoesWithWarnings()
    {
        const string Text = """
            <ISSUE CATEGORY="HARBOURS">
            harbour strike
            dock n:closure [PORTS]dock n:blockade [PORTS]
            pier fire [PORTS] [PORTS]
            crane collapse [PORTS] ~~~~
            </ISSUE>
            </ISSUE>
            """;
        var result = IssueDictionaryReader.Read(Text, "i.txt");
        Assert.Empty(result.Errors);
        Assert.Equal([2, 3, 4, 5, 7], result.Warnings.Select(w => w.Line));
        var issues = result.Dictionary;
        Assert.Null(issues.Find("harbour strike"));
        Assert.Equal("PORTS", issues.Find("dock closures")!.Code);
        Assert.Equal("PORTS", issues.Find("dock blockade")!.Code);
        Assert.Equal("PORTS", issues.Find("pier fire")!.Code);
        Assert.Equal("PORTS", issues.Find("crane collapse")!.Code);
    }
}
