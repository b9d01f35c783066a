using System.CommandLine;
using System.Globalization;
using Dateline.Models;

namespace Dateline.Cli.Commands;

/// <summary><c>dateline analyze FILE|DIR|- ...</c>: analyzes articles and writes one JSON object per article.</summary>
internal static class AnalyzeCommand
{
    public static Command Create()
    {
        var inputs = new Argument<string[]>("inputs")
        {
            Description = "Files, folders or '-' for standard input (text, HTML, RSS/Atom, JSONL, PETRARCH XML).",
            Arity = ArgumentArity.OneOrMore,
        };
        var date = new Option<string?>("--date") { Description = "Publication date (YYYY-MM-DD) for articles whose input gives none." };
        var format = new Option<string?>("--format") { Description = "json (default for one article), jsonl (default for batches) or text." };
        format.AcceptOnlyFromAmong("json", "jsonl", "text");
        var output = new Option<string?>("--out") { Description = "Write to this file instead of standard output." };
        var tokens = new Option<bool>("--tokens") { Description = "Include the tokens with tags, lemmas and dependencies." };
        var models = new Option<string?>("--models") { Description = "Read models from this folder instead of the embedded ones." };
        var parallel = new Option<int>("--parallel")
        {
            Description = "Articles analyzed at once (default: one per core).",
            DefaultValueFactory = _ => Environment.ProcessorCount,
        };
        var command = new Command("analyze", "Analyze articles and write one JSON object per article, in input order.")
        {
            inputs, date, format, output, tokens, models, parallel,
        };
        var dictionaries = new DictionaryOptions();
        dictionaries.AddTo(command);
        command.SetAction(result =>
        {
            var options = new AnalyzeOptions(
                result.GetValue(inputs) ?? [],
                ParseDate(result.GetValue(date)),
                result.GetValue(format),
                result.GetValue(output),
                result.GetValue(tokens),
                result.GetValue(models) is { } dir ? new ModelRepository(dir) : ModelRepository.Embedded,
                Math.Max(1, result.GetValue(parallel)))
            {
                Dictionaries = dictionaries.Load(result),
            };
            return new AnalyzeRunner(options, Console.OpenStandardInput(), Console.Out, Console.Error).Run();
        });
        return command;
    }

    private static DateTimeOffset? ParseDate(string? value)
    {
        if (value is null) return null;
        if (DateTime.TryParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day))
        {
            return new DateTimeOffset(day, TimeSpan.Zero);
        }
        throw new CliException($"--date '{value}' is not a date of the form YYYY-MM-DD.");
    }
}
