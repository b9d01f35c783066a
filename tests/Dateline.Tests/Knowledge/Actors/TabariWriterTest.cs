using Dateline.Knowledge.Actors;
using Dateline.Knowledge.Dictionaries;

namespace Dateline.Tests.Knowledge.Actors;

public class TabariWriterTest
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
}
