using Dateline.Knowledge.Actors;
using Dateline.Knowledge.Dictionaries;

namespace Dateline.Tests.Knowledge.Actors;

public class TabariConversionTest
{
    private static readonly BuiltInKnowledge Knowledge = BuiltInKnowledge.Load();

    [Fact]
    public void ExportedActorsReadBackWithTheSameCodesForEveryName()
    {
        var text = new StringWriter();
        TabariWriter.WriteActors(Knowledge.Records, text, "test");
        var result = ActorDictionaryReader.Read(text.ToString(), "export.actors.txt");
        Assert.Empty(result.Errors);
        Assert.Empty(result.Warnings);
        Assert.Equal(Knowledge.Records.Count, result.Dictionary.Entries.Count);
        foreach (var record in Knowledge.Records)
        {
            foreach (var name in record.AllNames())
            {
                var entry = result.Dictionary.Find(TabariWriter.Phrase(name));
                Assert.NotNull(entry);
                Assert.Equal(record.Codes, entry.Codes);
            }
        }
    }

    [Fact]
    public void ExportedDatesKeepTheirMeaningInTabariSyntax()
    {
        var text = new StringWriter();
        TabariWriter.WriteActors(Knowledge.Records, text, "test");
        var tabari = ActorDictionaryReader.Read(text.ToString(), "export.actors.txt").Dictionary;
        var biden = tabari.Find("JOE BIDEN")!;
        Assert.Equal("USAGOV", biden.CodeAt(new DateOnly(2025, 1, 19)));
        Assert.Equal("USAELI", biden.CodeAt(new DateOnly(2025, 1, 20)));
        Assert.Null(tabari.Find("ZELENSKY")!.CodeAt(new DateOnly(2018, 1, 1)));
        Assert.Contains("[UKRGOV >20190520]", text.ToString(), StringComparison.Ordinal);
        Assert.Contains("[USAGOV 20210120-20250120]", text.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void ExportedAgentsReadBackWithTheirFormsAndCodePositions()
    {
        var text = new StringWriter();
        TabariWriter.WriteAgents(Knowledge.Agents.Entries, text, "test");
        var result = AgentDictionaryReader.Read(text.ToString(), "export.agents.txt");
        Assert.Empty(result.Errors);
        Assert.Equal(Knowledge.Agents.Entries.Count, result.Dictionary.Entries.Count);
        for (var i = 0; i < Knowledge.Agents.Entries.Count; i++)
        {
            var original = Knowledge.Agents.Entries[i];
            var read = result.Dictionary.Entries[i];
            Assert.Equal((original.Code, original.Position), (read.Code, read.Position));
            Assert.Equal(original.Forms.Select(f => string.Join(' ', f)), read.Forms.Select(f => string.Join(' ', f)));
        }
    }

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
}
