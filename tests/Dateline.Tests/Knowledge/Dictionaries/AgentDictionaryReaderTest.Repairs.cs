using Dateline.Knowledge.Dictionaries;

namespace Dateline.Tests.Knowledge.Dictionaries;

/// <summary>Odd but readable lines are read the way PETRARCH reads them (or as plainly intended) with a warning; unreadable ones stay errors.</summary>
public partial class AgentDictionaryReaderTest
{
    [Fact]
    public void AnAgentCodeClosedWithABraceIsReadAndABarePhraseIsSkippedWithAWarningButAnUnclosedCodeIsAnError()
    {
        var result = AgentDictionaryReader.Read("HARBOUR_BOARD [~GOV}\nHARBOUR_PILOT\nHARBOUR_GUARD [~MIL\n", "g.txt");
        Assert.Equal(3, Assert.Single(result.Errors).Line);
        Assert.Equal([1, 2], result.Warnings.Select(w => w.Line));
        Assert.Equal("NORGOV", result.Dictionary.Find("harbour boards")!.Qualify("NOR"));
        Assert.Null(result.Dictionary.Find("harbour pilot"));
    }
}
