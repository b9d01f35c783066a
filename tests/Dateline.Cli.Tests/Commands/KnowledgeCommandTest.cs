using Dateline.Cli.Commands;
using Dateline.Knowledge.Actors;
using Dateline.Knowledge.Dictionaries;

namespace Dateline.Cli.Tests.Commands;

public sealed class KnowledgeCommandTest
{
    [Fact]
    public void ExportWritesTabariFilesThatImportTurnsBackIntoTheSameKnowledge()
    {
        var folder = Directory.CreateTempSubdirectory().FullName;
        try
        {
            var exported = Path.Combine(folder, "tabari");
            var imported = Path.Combine(folder, "project");
            Assert.Equal(0, Program.Main(["knowledge", "export", "--format", "tabari", "--out", exported]));
            var actorsFile = Path.Combine(exported, KnowledgeExportCommand.ActorsFile);
            var agentsFile = Path.Combine(exported, KnowledgeExportCommand.AgentsFile);
            Assert.True(ActorDictionaryReader.ReadFiles(actorsFile).IsClean);
            Assert.True(AgentDictionaryReader.ReadFile(agentsFile).IsClean);

            Assert.Equal(0, Program.Main(["knowledge", "import", "--actors", actorsFile, "--agents", agentsFile, "--out", imported]));
            var result = BuiltInKnowledge.ReadDirectory(imported);
            Assert.True(result.IsClean, string.Join("\n", result.Errors));
            var builtIn = BuiltInKnowledge.Load();
            var day = new DateOnly(2022, 2, 15);
            foreach (var name in new[] { "Zelenskiy", "the Kremlin", "AFP", "NATO", "Kyiv", "Russians", "Joe Biden" })
            {
                Assert.Equal(builtIn.Actors.Find(name)!.CodeAt(day), result.Dictionary.Actors.Find(name)!.CodeAt(day));
            }
            Assert.Equal(builtIn.Agents.Entries.Count, result.Dictionary.Agents.Entries.Count);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public void ImportingAMissingFileIsAnErrorExit()
    {
        var folder = Directory.CreateTempSubdirectory().FullName;
        try
        {
            Assert.Equal(2, Program.Main(["knowledge", "import", "--actors", Path.Combine(folder, "none.actors.txt"), "--out", folder]));
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }
}
