using System.CommandLine;
using Dateline.Models;

namespace Dateline.Cli.Commands;

/// <summary><c>dateline ingest FILE|DIR|FEED... [--store ...]</c>: analyzes articles and stores them in the corpus store.</summary>
internal static class IngestCommand
{
    public static Command Create()
    {
        var inputs = new Argument<string[]>("inputs")
        {
            Description = "Files, folders, feeds or '-' for standard input (text, HTML, RSS/Atom, JSONL, PETRARCH XML).",
            Arity = ArgumentArity.OneOrMore,
        };
        var store = StoreOptions.Store();
        var date = new Option<string?>("--date") { Description = "Publication date (YYYY-MM-DD) for articles whose input gives none." };
        var models = new Option<string?>("--models") { Description = "Read models from this folder instead of the embedded ones." };
        var parallel = new Option<int>("--parallel")
        {
            Description = "Articles analyzed at once (default: one per core).",
            DefaultValueFactory = _ => Environment.ProcessorCount,
        };
        var batch = new Option<int>("--batch")
        {
            Description = "Articles stored per transaction (default 32); a batch is stored whole or not at all.",
            DefaultValueFactory = _ => 32,
        };
        var command = new Command("ingest", "Analyze articles and store them in the corpus store; articles already stored are skipped.")
        {
            inputs, store, date, models, parallel, batch,
        };
        command.SetAction(result =>
        {
            var options = new IngestOptions(
                result.GetValue(inputs) ?? [],
                result.GetValue(store)!,
                CliDates.Parse(result.GetValue(date), "--date"),
                result.GetValue(models) is { } dir ? new ModelRepository(dir) : ModelRepository.Embedded,
                Math.Max(1, result.GetValue(parallel)),
                Math.Max(1, result.GetValue(batch)));
            return new IngestRunner(options, Console.OpenStandardInput(), Console.Error).Run();
        });
        return command;
    }
}
