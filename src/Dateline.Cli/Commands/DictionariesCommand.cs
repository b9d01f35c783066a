using System.CommandLine;
using System.Globalization;
using Dateline.Knowledge.Dictionaries;

namespace Dateline.Cli.Commands;

/// <summary><c>dateline dictionaries check FILE...</c>: loads TABARI/PETRARCH dictionaries and reports every unreadable line.</summary>
internal static class DictionariesCommand
{
    public static Command Create()
    {
        var files = new Argument<string[]>("files") { Description = "Dictionary files.", Arity = ArgumentArity.OneOrMore };
        var kind = new Option<string?>("--kind") { Description = "Read every file as this kind instead of detecting it." };
        kind.AcceptOnlyFromAmong("verbs", "actors", "agents", "discards", "issues", "prepositions");
        var check = new Command("check", "Load dictionary files, print their counts, every error as file:line: message and every repaired line as file:line: warning: message; exit 1 on any error.")
        {
            files, kind,
        };
        check.SetAction(result => Run(result.GetValue(files) ?? [], result.GetValue(kind), Console.Out));
        return new Command("dictionaries", "Work with TABARI/PETRARCH dictionaries (actors, agents, verbs, discards, issues).") { check };
    }

    private static int Run(string[] files, string? forced, TextWriter output)
    {
        var failed = false;
        foreach (var file in files)
        {
            string text;
            try
            {
                text = DictionaryChecker.ReadText(file);
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                throw new CliException($"cannot read '{file}': {ex.Message}");
            }
            DictionaryKind? kind = forced is null ? DictionaryKindDetector.Detect(file, text) : Enum.Parse<DictionaryKind>(forced, ignoreCase: true);
            if (kind is null) throw new CliException($"cannot tell what kind of dictionary '{file}' is; use --kind.");
            var started = System.Diagnostics.Stopwatch.GetTimestamp();
            var check = DictionaryChecker.Check(file, text, kind.Value);
            var elapsed = System.Diagnostics.Stopwatch.GetElapsedTime(started);
            var counts = string.Join(", ", check.Counts.Select(c => $"{c.Count} {c.Label}"));
            output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{file}: {check.Kind.ToString().ToLowerInvariant()}, {check.LinesRead} lines, {counts}, {check.Errors.Count} errors, {check.Warnings.Count} warnings ({elapsed.TotalMilliseconds:F0} ms)"));
            foreach (var error in check.Errors) output.WriteLine(error.ToString());
            foreach (var warning in check.Warnings) output.WriteLine($"{warning.File}:{warning.Line}: warning: {warning.Message}");
            failed |= check.Errors.Count > 0;
        }
        return failed ? 1 : 0;
    }
}
