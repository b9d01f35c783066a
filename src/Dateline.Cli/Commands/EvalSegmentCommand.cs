using System.CommandLine;
using System.Globalization;
using Dateline.Text;

namespace Dateline.Cli.Commands;

/// <summary>
/// <c>dateline eval segment [--data DIR] [--split test] [--errors N] [--models DIR]</c>: token and sentence F1 of the
/// segmenter on UD English-EWT, with the dev figures printed alongside.
/// </summary>
internal static class EvalSegmentCommand
{
    public static Command Create()
    {
        var data = CommonOptions.Data();
        var split = new Option<string>("--split")
        {
            Description = "The EWT split to report: test (default), dev or train.",
            DefaultValueFactory = _ => "test",
        };
        var errors = new Option<int>("--errors")
        {
            Description = "Print up to N mismatches of the reported split (for tuning).",
        };
        var models = new Option<string?>("--models")
        {
            Description = "Folder with segmenter-boundaries.bin to evaluate instead of the embedded model.",
        };
        var command = new Command("segment", "Token and sentence F1 of the tokenizer and sentence splitter on UD English-EWT.")
        {
            data, split, errors, models,
        };
        command.SetAction(parseResult =>
        {
            var folder = Path.Combine(CommonOptions.ResolveData(parseResult.GetValue(data)), "ud-english-ewt");
            var chosen = parseResult.GetValue(split) ?? "test";
            if (chosen is not ("test" or "dev" or "train")) throw new CliException($"--split must be test, dev or train, not '{chosen}'.");
            var modelFolder = parseResult.GetValue(models);
            var evaluator = new SegmentationEvaluator(modelFolder == null ? null : new Models.ModelRepository(modelFolder));
            var reports = new List<SegmentationReport>();
            foreach (var name in chosen == "dev" ? ["dev"] : new[] { chosen, "dev" })
            {
                var path = Path.Combine(folder, $"en_ewt-ud-{name}.conllu");
                if (!File.Exists(path)) throw new CliException($"cannot find {path}.");
                reports.Add(evaluator.EvaluateFile(path, name == chosen ? parseResult.GetValue(errors) : 0));
            }
            Print(reports);
            return 0;
        });
        return command;
    }

    private static void Print(IReadOnlyList<SegmentationReport> reports)
    {
        var inv = CultureInfo.InvariantCulture;
        Console.WriteLine("| file | unit | gold | predicted | correct | P | R | F1 |");
        Console.WriteLine("|---|---|---:|---:|---:|---:|---:|---:|");
        foreach (var report in reports)
        {
            foreach (var (unit, s) in new[] { ("tokens", report.Tokens), ("sentences", report.Sentences) })
            {
                Console.WriteLine(string.Format(inv, "| {0} | {1} | {2} | {3} | {4} | {5:F4} | {6:F4} | {7:F4} |",
                    report.Name, unit, s.Gold, s.Predicted, s.Correct, s.Precision, s.Recall, s.F1));
            }
        }
        foreach (var report in reports)
        {
            Console.WriteLine(string.Format(inv, "{0}: {1} documents, {2} characters.", report.Name, report.Documents, report.Characters));
            foreach (var error in report.Errors) Console.WriteLine(error);
        }
    }
}
