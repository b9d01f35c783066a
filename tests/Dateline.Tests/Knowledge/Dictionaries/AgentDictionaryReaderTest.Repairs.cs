using Dateline.Knowledge.Dictionaries;

namespace Dateline.Tests.Knowledge.Dictionaries;

/// <summary>Odd but readable lines are read the way PETRARCH reads them (or as plainly intended) with a warning; unreadable ones stay errors.</summary>
public partial class AgentDictionaryReaderTest
{
    [Fact]
    public void AnAgentCodeClosedWithABraceIsReadButAnAgentWithoutCodeIsAnError()
    {
        var result = AgentDictionaryReader.Read("HARBOUR_BOARD [~GOV}\nHARBOUR_PILOT\n", "g.txt");
        Assert.Equal(2, Assert.Single(result.Errors).Line);
        Assert.Equal(1, Assert.Single(result.Warnings).Line);
        Assert.Equal("NORGOV", result.Dictionary.Find("harbour boards")!.Qualify("NOR"));
    }
}
