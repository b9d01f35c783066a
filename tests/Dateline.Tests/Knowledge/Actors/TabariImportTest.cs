using Dateline.Knowledge.Actors;
using Dateline.Knowledge.Dictionaries;

namespace Dateline.Tests.Knowledge.Actors;

public class TabariImportTest
{
    [Fact]
    public void ImportedTabariActorsAndAgentsLoadInTheProjectFormat()
    {
        const string Actors = """
            NORTHLAND_ [NTH]
            +NORTHLANDER_
            OLGA_MARSH_
            +MRS_MARSH
            	[NTHGOV 000101-060315]
            	[NTHELI >060315]
            NORTHLAND_PRESS_AGENCY [NTHMED]
            HARBOUR_ALLIANCE [IGONTHHRB]
            GHOST_ACTOR_
            OLD_NAME_ [NTHOPP]
            +NORTHLANDER
            """;
        const string Agents = "!PERSON! = MAN, WOMAN\nHARBOUR_MASTER [~GOV]\nFERRY!PERSON! [~TRN]\nPOLICE {} [~COP]\nRELIEF_AGENCY [NGO~]\n";
        var actors = ActorDictionaryReader.Read(Actors, "user.actors.txt").Dictionary;
        var records = TabariImport.ToRecords(actors, "actors.tsv", out var skipped);
        Assert.Equal(1, skipped);
        Assert.Equal([ActorKind.Country, ActorKind.Person, ActorKind.Media, ActorKind.Igo, ActorKind.Other], records.Select(r => r.Kind));
        var actorText = new StringWriter();
        KnowledgeTableWriter.WriteActors(records, actorText, "test");
        var agentText = new StringWriter();
        KnowledgeTableWriter.WriteAgents(AgentDictionaryReader.Read(Agents, "user.agents.txt").Dictionary.Entries, agentText, "test");
        var result = BuiltInKnowledge.Read([("actors.tsv", actorText.ToString()), ("agents.tsv", agentText.ToString())]);
        Assert.Empty(result.Errors);
        var knowledge = result.Dictionary;
        Assert.Equal("NTHGOV", knowledge.Actors.Find("Mrs Marsh")!.CodeAt(new DateOnly(2003, 1, 1)));
        Assert.Equal("NTHELI", knowledge.Actors.Find("Olga Marsh")!.CodeAt(new DateOnly(2007, 1, 1)));
        Assert.Equal("NTHOPP", knowledge.Actors.Find("NORTHLANDER")!.Codes[0].Code);
        Assert.Equal("NTH", knowledge.Actors.Find("Northland")!.Codes[0].Code);
        Assert.Equal("NTHGOV", knowledge.Agents.Find("harbour masters")!.Qualify("NTH"));
        Assert.Equal("TRN", knowledge.Agents.Find("ferrywoman")!.Code);
        Assert.Null(knowledge.Agents.Find("polices"));
        Assert.Equal("NGONTH", knowledge.Agents.Find("relief agency")!.Qualify("NTH"));
    }

    [Fact]
    public void AnAgentPhraseTakenByALaterAgentStaysWithTheLaterOne()
    {
        const string Agents = "HARBOUR_GUARD [~MIL]\nHARBOUR_GUARDS {} [~COP]\nDOCK_GUARD {} [~COP]\nDOCK_GUARD [~MIL]\n";
        var agents = TabariImport.ToAgents(AgentDictionaryReader.Read(Agents, "user.agents.txt").Dictionary, out var skipped);
        Assert.Equal(1, skipped);
        var text = new StringWriter();
        KnowledgeTableWriter.WriteAgents(agents, text, "test");
        var result = BuiltInKnowledge.Read([("agents.tsv", text.ToString())]);
        Assert.Empty(result.Errors);
        Assert.Equal("MIL", result.Dictionary.Agents.Find("harbour guard")!.Code);
        Assert.Equal("COP", result.Dictionary.Agents.Find("harbour guards")!.Code);
        Assert.Equal("MIL", result.Dictionary.Agents.Find("dock guard")!.Code);
    }
}
