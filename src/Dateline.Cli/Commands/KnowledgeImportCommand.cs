using System.CommandLine;
using System.Text;
using Dateline.Knowledge.Actors;
using Dateline.Knowledge.Dictionaries;

namespace Dateline.Cli.Commands;

/// <summary><c>dateline knowledge import --actors FILE [--agents FILE] --out DIR</c>: converts TABARI/PETRARCH dictionaries into the project's knowledge format.</summary>
internal static class KnowledgeImportCommand
{
    public static Command Create()
    {
        var actors = new Option<string[]>("--actors") { Description = "TABARI/PETRARCH actor dictionary file(s); on a shared name the later entry wins.", Required = true, AllowMultipleArgumentsPerToken = true };
        var agents = new Option<string?>("--agents") { Description = "A TABARI/PETRARCH agent dictionary file." };
        var output = new Option<string>("--out") { Description = "Folder to write actors.tsv (and agents.tsv) into (created if missing).", Required = true };
        var command = new Command("import", "Convert TABARI/PETRARCH actor and agent dictionaries into Dateline's knowledge format (actors.tsv, agents.tsv).")
        {
            actors, agents, output,
        };
        command.SetAction(result => Run(result.GetValue(actors) ?? [], result.GetValue(agents), result.GetValue(output)!, Console.Out));
        return command;
    }

    internal static int Run(string[] actorFiles, string? agentFile, string directory, TextWriter console)
    {
        var actors = Read(() => ActorDictionaryReader.ReadFiles(actorFiles), string.Join(", ", actorFiles));
        Report(actors, console);
        var records = TabariImport.ToRecords(actors.Dictionary, "actors.tsv", out var skipped);
        var source = "converted by dateline knowledge import from " + string.Join(", ", actorFiles.Select(Path.GetFileName));
        Write(Path.Combine(directory, "actors.tsv"), writer => KnowledgeTableWriter.WriteActors(records, writer, source));
        console.WriteLine($"{records.Count} actors -> {Path.Combine(directory, "actors.tsv")} ({skipped} entries without code or whose names all belong to later entries skipped)");
        if (agentFile is not null)
        {
            var agents = Read(() => AgentDictionaryReader.ReadFile(agentFile), agentFile);
            Report(agents, console);
            var agentSource = "converted by dateline knowledge import from " + Path.GetFileName(agentFile);
            var kept = TabariImport.ToAgents(agents.Dictionary, out var dropped);
            Write(Path.Combine(directory, "agents.tsv"), writer => KnowledgeTableWriter.WriteAgents(kept, writer, agentSource));
            console.WriteLine($"{kept.Count} agents -> {Path.Combine(directory, "agents.tsv")} ({dropped} whose phrases all belong to later agents skipped)");
        }
        return 0;
    }

    private static DictionaryResult<T> Read<T>(Func<DictionaryResult<T>> read, string files)
        where T : class
    {
        try
        {
            return read();
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw new CliException($"cannot read '{files}': {ex.Message}");
        }
    }

    private static void Report<T>(DictionaryResult<T> result, TextWriter console)
        where T : class
    {
        foreach (var error in result.Errors) console.WriteLine(error.ToString());
        foreach (var warning in result.Warnings) console.WriteLine($"{warning.File}:{warning.Line}: warning: {warning.Message}");
    }

    private static void Write(string path, Action<TextWriter> write)
    {
        try
        {
            Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(path))!);
            using var writer = new StreamWriter(path, false, new UTF8Encoding(false));
            write(writer);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw new CliException($"cannot write '{path}': {ex.Message}");
        }
    }
}
