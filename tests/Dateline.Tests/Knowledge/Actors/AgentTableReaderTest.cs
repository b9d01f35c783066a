using Dateline.Knowledge.Actors;

namespace Dateline.Tests.Knowledge.Actors;

public class AgentTableReaderTest
{
    [Fact]
    public void AgentRowsTakeWrittenRegularOrNoPlurals()
    {
        var text = "phrase\tplural\tcode\tnote\nspokesman\tspokesmen\t~GOV\t\nmilitary\t-\t~MIL\t\nagency\t\tNGO~\t\nbad\t\tGOV\t\n";
        var result = BuiltInKnowledge.Read([("g.tsv", text)]);
        var error = Assert.Single(result.Errors);
        Assert.Equal(5, error.Line);
        var agents = result.Dictionary.Agents;
        Assert.Equal("GOV", agents.Find("spokesmen")!.Code);
        Assert.Single(agents.Find("military")!.Forms);
        Assert.Equal("NGOKEN", agents.Find("agencies")!.Qualify("KEN"));
    }
}
