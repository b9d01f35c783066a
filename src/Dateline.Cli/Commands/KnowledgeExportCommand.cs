using System.CommandLine;
using System.Text;
using Dateline.Knowledge.Actors;

namespace Dateline.Cli.Commands;

/// <summary><c>dateline knowledge export --format tabari --out DIR</c>: writes the built-in actors and agents as TABARI/PETRARCH dictionaries.</summary>
internal static class KnowledgeExportCommand
{
    public const string ActorsFile = "dateline.actors.txt";
    public const string AgentsFile = "dateline.agents.txt";

    public static Command Create()
    {
        var format = new Option<string>("--format") { Description = "Output format.", DefaultValueFactory = _ => "tabari" };
        format.AcceptOnlyFromAmong("tabari");
        var output = new Option<string>("--out") { Description = "Folder to write dateline.actors.txt and dateline.agents.txt into (created if missing).", Required = true };
        var command = new Command("export", "Write the built-in actors and agents as TABARI/PETRARCH dictionary files.") { format, output };
        command.SetAction(result => Run(result.GetValue(output)!, Console.Out));
        return command;
    }

    internal static int Run(string directory, TextWriter console)
    {
        var knowledge = BuiltInKnowledge.Load();
        try
        {
            Directory.CreateDirectory(directory);
            const string Source = "Source: Dateline's built-in knowledge (knowledge/actors/ in the Dateline repository).";
            using (var actors = new StreamWriter(Path.Combine(directory, ActorsFile), false, new UTF8Encoding(false)))
            {
                TabariWriter.WriteActors(knowledge.Records, actors, Source);
            }
            using (var agents = new StreamWriter(Path.Combine(directory, AgentsFile), false, new UTF8Encoding(false)))
            {
                TabariWriter.WriteAgents(knowledge.Agents.Entries, agents, Source);
            }
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw new CliException($"cannot write to '{directory}': {ex.Message}");
        }
        console.WriteLine($"{knowledge.Records.Count} actors -> {Path.Combine(directory, ActorsFile)}");
        console.WriteLine($"{knowledge.Agents.Entries.Count} agents -> {Path.Combine(directory, AgentsFile)}");
        return 0;
    }
}
