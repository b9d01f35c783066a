using System.CommandLine;
using System.Globalization;
using Dateline.Extraction.Times.Evaluation;

namespace Dateline.Cli.Commands;

/// <summary>
/// <c>dateline eval time [--data DIR] [--errors N]</c>: TIMEX3 span and value figures on MEANTIME, and the pass
/// rate on the in-scope Recognizers-Text English DateTime cases.
/// </summary>
internal static class EvalTimeCommand
{
    public static Command Create()
    {
        var data = CommonOptions.Data();
        var errors = new Option<int>("--errors") { Description = "Print up to N MEANTIME and Recognizers mismatches (for tuning)." };
        var command = new Command("time", "TIMEX3 span/value figures on MEANTIME and pass rate on Recognizers-Text DateTime cases.") { data, errors };
        command.SetAction(parseResult =>
        {
            var root = CommonOptions.ResolveData(parseResult.GetValue(data));
            var limit = parseResult.GetValue(errors);
            var inv = CultureInfo.InvariantCulture;
            var meantime = Path.Combine(root, "meantime", "intra-doc_annotation");
            if (!Directory.Exists(meantime)) throw new CliException($"cannot find {meantime}.");
            var mistakes = new List<string>();
            var s = MeantimeEvaluator.Evaluate(meantime, mistakes);
            Console.WriteLine("| MEANTIME | gold | predicted | P | R | F1 |");
            Console.WriteLine("|---|---:|---:|---:|---:|---:|");
            Console.WriteLine(string.Format(inv, "| strict span | {0} | {1} | {2:F3} | {3:F3} | {4:F3} |", s.Gold, s.Predicted, s.StrictPrecision, s.StrictRecall, s.StrictF1));
            Console.WriteLine(string.Format(inv, "| relaxed span | {0} | {1} | {2:F3} | {3:F3} | {4:F3} |", s.Gold, s.Predicted, s.RelaxedPrecision, s.RelaxedRecall, s.RelaxedF1));
            Console.WriteLine(string.Format(inv, "Value accuracy on relaxed matches: {0:F3} ({1}/{2}); {3} documents.", s.ValueAccuracy, s.ValueCorrect, s.RelaxedMatches, s.Documents));
            foreach (var m in mistakes.Take(limit)) Console.WriteLine(m);
            var recognizers = Path.Combine(root, "recognizers-text", "DateTime", "English");
            if (!Directory.Exists(recognizers)) throw new CliException($"cannot find {recognizers}.");
            var failures = new List<string>();
            var files = RecognizersEvaluator.Evaluate(recognizers, failures);
            Console.WriteLine();
            Console.WriteLine("| Recognizers-Text file | cases | in scope | passed | pass rate |");
            Console.WriteLine("|---|---:|---:|---:|---:|");
            foreach (var f in files)
            {
                Console.WriteLine(string.Format(inv, "| {0} | {1} | {2} | {3} | {4:P1} |", f.File, f.Cases, f.InScope, f.Passed, f.PassRate));
            }
            var inScope = files.Sum(f => f.InScope);
            var passed = files.Sum(f => f.Passed);
            Console.WriteLine(string.Format(inv, "| all | {0} | {1} | {2} | {3:P1} |", files.Sum(f => f.Cases), inScope, passed, inScope == 0 ? 0 : (double)passed / inScope));
            foreach (var m in failures.Take(limit)) Console.WriteLine(m);
            return 0;
        });
        return command;
    }
}
