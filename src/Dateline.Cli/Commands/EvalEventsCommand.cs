using System.CommandLine;
using System.Globalization;
using Dateline.Events.Evaluation;

namespace Dateline.Cli.Commands;

/// <summary>
/// <c>dateline eval events [--data DIR] [--verbose]</c>: exact-match rates per category and triple precision/recall
/// on the UD-PETRARCH validation suite (supplied parses) and the PETRARCH unit-test records (our own parses), and
/// events per sentence on the GigaWord sample with the Phoenix dictionaries.
/// </summary>
internal static class EvalEventsCommand
{
    public static Command Create()
    {
        var data = CommonOptions.Data();
        var verbose = new Option<bool>("--verbose") { Description = "Print every record that is not exactly right: expected triples missing and extra ones." };
        var command = new Command("events", "Event coding: UD-PETRARCH suite, PETRARCH unit tests, GigaWord sample.") { data, verbose };
        command.SetAction(parseResult =>
        {
            var root = CommonOptions.ResolveData(parseResult.GetValue(data));
            var details = parseResult.GetValue(verbose);
            var suite = Path.Combine(root, "petrarch", "ud-petrarch");
            if (!Directory.Exists(suite)) throw new CliException($"cannot find {suite}.");
            Print("UD-PETRARCH validation suite (supplied CoNLL-U parses, suite dictionaries)", UdPetrarchSuite.Run(suite), details);
            var petrarch = Path.Combine(root, "petrarch");
            var pipeline = OwnParses.Pipeline();
            Print("PETRARCH unit-test records (our own parses, PETR.Validate dictionaries)", PetrarchSuites.UnitTests(petrarch, pipeline), details);
            var (sentences, events, lines) = PetrarchSuites.GigaWord(petrarch, pipeline);
            Console.WriteLine("## GigaWord sample (our own parses, CAMEO.2.0 + Phoenix dictionaries)");
            Console.WriteLine(string.Format(CultureInfo.InvariantCulture, "{0} sentences, {1} events, {2:F2} events per sentence.", sentences, events, sentences == 0 ? 0 : (double)events / sentences));
            if (details)
            {
                foreach (var line in lines) Console.WriteLine(line);
            }
            return 0;
        });
        return command;
    }

    private static void Print(string title, EventScore score, bool details)
    {
        var inv = CultureInfo.InvariantCulture;
        Console.WriteLine($"## {title}");
        Console.WriteLine("| category | records | exact | rate |");
        Console.WriteLine("|---|---:|---:|---:|");
        foreach (var c in score.Categories)
        {
            Console.WriteLine(string.Format(inv, "| {0} | {1} | {2} | {3:P1} |", c.Category, c.Records, c.Exact, c.Rate));
        }
        Console.WriteLine(string.Format(inv, "| all | {0} | {1} | {2:P1} |", score.Records, score.Exact, score.Rate));
        Console.WriteLine(string.Format(inv, "Triples: {0} expected, {1} coded, {2} right: P {3:F3}, R {4:F3}, F1 {5:F3}.", score.Expected, score.Predicted, score.Correct, score.Precision, score.Recall, score.F1));
        if (details)
        {
            foreach (var failure in score.Failures) Console.WriteLine(failure);
        }
        Console.WriteLine();
    }
}
