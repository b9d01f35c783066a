using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using Dateline.Storage;
using Dateline.Storage.Export;

namespace Dateline.Cli.Commands;

/// <summary><c>dateline export gdelt-events|gdelt-mentions|plover|jsonl|parquet</c>: writes what a query selects from the store.</summary>
internal static class ExportCommand
{
    public static Command Create() => new("export", "Export the corpus store (filters as in 'dateline query'; all rows unless --limit).")
    {
        Format("gdelt-events", "GDELT 2.0 Events: 61 tab-separated columns, one merged event a row.", _ => ExportFormat.GdeltEvents),
        Format("gdelt-mentions", "GDELT 2.0 Mentions: 16 tab-separated columns, one event mention a row.", _ => ExportFormat.GdeltMentions),
        Format("plover", "PLOVER event records, one JSON object a line (events with a PLOVER type).", _ => ExportFormat.Plover),
        Format("jsonl", "The stored dateline.article/1 analysis of each article, one a line.", _ => ExportFormat.Jsonl),
        Parquet(),
    };

    private static Command Parquet()
    {
        var table = new Option<string>("--table") { Description = "events (default) or mentions.", DefaultValueFactory = _ => "events" };
        table.AcceptOnlyFromAmong("events", "mentions");
        var command = Format("parquet", "Parquet with typed columns, of events or of mentions (--out required).",
            result => result.GetValue(table) == "mentions" ? ExportFormat.ParquetMentions : ExportFormat.ParquetEvents);
        command.Options.Add(table);
        return command;
    }

    private static Command Format(string name, string description, Func<ParseResult, ExportFormat> format)
    {
        var filters = new QueryFilterOptions(withFormat: false, defaultLimit: 0);
        var output = new Option<string?>("--out") { Description = "Output file (default: standard output)." };
        var command = new Command(name, description);
        filters.AddTo(command);
        command.Options.Add(output);
        command.SetAction(result =>
        {
            var chosen = format(result);
            var path = result.GetValue(output);
            if (path is null && CorpusExporter.NeedsFile(chosen)) throw new CliException($"export {name}: --out FILE is required.");
            var query = filters.Query(result);
            using var store = StoreOptions.Open(filters.Store(result));
            var clock = Stopwatch.StartNew();
            long rows;
            using (var stream = path is null ? Console.OpenStandardOutput() : Create(path))
            {
                rows = CorpusExporter.Export(store, chosen, query, stream);
            }
            var seconds = clock.Elapsed.TotalSeconds;
            Console.Error.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"export {name}: {rows} rows in {seconds:0.00} s ({(seconds > 0 ? rows / seconds : 0):0} rows/s)"));
            return 0;
        });
        return command;
    }

    private static FileStream Create(string path)
    {
        try
        {
            return new FileStream(path, FileMode.Create, FileAccess.ReadWrite, FileShare.Read, 1 << 16);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw new CliException($"{path}: {ex.Message}");
        }
    }
}
