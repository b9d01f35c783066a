using Dateline.Knowledge.Dictionaries;

namespace Dateline.Tests.Knowledge.Dictionaries;

/// <summary>Odd but readable lines are read the way PETRARCH reads them (or as plainly intended) with a warning; unreadable ones stay errors.</summary>
public partial class VerbDictionaryReaderTest
{
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
}
