using System.CommandLine;
using System.Globalization;
using Dateline.Extraction.Quantities.Evaluation;

namespace Dateline.Cli.Commands;

/// <summary>
/// <c>dateline eval numbers [--data DIR] [--errors N]</c>: pass rate of the number reader and the quantity layer on
/// the Microsoft Recognizers-Text English spec cases, per file, with the categories left out and why.
/// </summary>
internal static class EvalNumbersCommand
{
    public static Command Create()
    {
        var data = CommonOptions.Data();
        var errors = new Option<int>("--errors") { Description = "Print up to N failed cases per file (for tuning)." };
        var command = new Command("numbers", "Pass rate on the Recognizers-Text English Number and NumberWithUnit spec cases.") { data, errors };
        command.SetAction(parseResult =>
        {
            var folder = Path.Combine(CommonOptions.ResolveData(parseResult.GetValue(data)), "recognizers-text");
            if (!Directory.Exists(folder)) throw new CliException($"cannot find {folder}.");
            var report = new NumberSpecEvaluator().Evaluate(folder, parseResult.GetValue(errors));
            Print(report);
            return 0;
        });
        return command;
    }

    private static void Print(NumberSpecReport report)
    {
        var inv = CultureInfo.InvariantCulture;
        Console.WriteLine("| file | cases | in scope | passed | pass rate |");
        Console.WriteLine("|---|---:|---:|---:|---:|");
        foreach (var file in report.Files)
        {
            Console.WriteLine(string.Format(inv, "| {0} | {1} | {2} | {3} | {4:P1} |", file.File, file.Cases, file.InScope, file.Passed, file.PassRate));
        }
        var numbers = report.Files.Where(f => f.File.StartsWith("Number/", StringComparison.Ordinal)).ToList();
        int inScope = numbers.Sum(f => f.InScope), passed = numbers.Sum(f => f.Passed);
        Console.WriteLine(string.Format(inv, "| Number/English (all four) | {0} | {1} | {2} | {3:P1} |", numbers.Sum(f => f.Cases), inScope, passed, inScope == 0 ? 0 : (double)passed / inScope));
        Console.WriteLine();
        Console.WriteLine("Left out (cases):");
        foreach (var file in report.Files)
        {
            foreach (var (category, count) in file.Excluded) Console.WriteLine($"- {file.File}: {count} × {category}");
        }
        foreach (var (file, reason) in report.SkippedFiles) Console.WriteLine($"- {file}: not evaluated, {reason}");
        foreach (var file in report.Files)
        {
            foreach (var failure in file.Failures) Console.WriteLine($"FAIL {file.File}: {failure.Input} | expected [{failure.Expected}] got [{failure.Actual}]");
        }
    }
}
