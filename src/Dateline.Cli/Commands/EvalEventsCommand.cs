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
            PrintCodingSpeed(suite);
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
            Console.WriteLine();
            PrintPhoenixCodingSpeed(petrarch, pipeline);
            return 0;
        });
        return command;
    }

    /// <summary>
    /// Coding alone with the suite's parses given, timed in process CPU time (robust on a shared machine): the
    /// suite's sentences coded repeatedly after a warm-up round.
    /// </summary>
    private static void PrintCodingSpeed(string suite)
    {
        var coder = new Dateline.Events.EventCoder(UdPetrarchSuite.LoadDictionaries(suite));
        var sentences = new List<(Dateline.Events.ParsedSentence Sentence, DateOnly Date)>();
        foreach (var record in PetrarchRecordReader.ReadFile(Path.Combine(suite, UdPetrarchSuite.RecordsFile)))
        {
            foreach (var sentence in UdPetrarchSuite.Sentences(record)) sentences.Add((sentence, record.Date));
        }
        PrintCodingSpeed("UD-PETRARCH sentences, suite dictionaries", coder, sentences);
    }

    /// <summary>The GigaWord sample parsed once by our pipeline, coded repeatedly with the Phoenix dictionaries.</summary>
    private static void PrintPhoenixCodingSpeed(string petrarch, Dateline.Pipeline.AnalysisPipeline pipeline)
    {
        var coder = new Dateline.Events.EventCoder(PetrarchSuites.PhoenixDictionaries(petrarch));
        var sentences = new List<(Dateline.Events.ParsedSentence Sentence, DateOnly Date)>();
        foreach (var record in PetrarchRecordReader.ReadFile(Path.Combine(petrarch, "text", "GigaWord.sample.PETR.xml")))
        {
            foreach (var sentence in OwnParses.Parse(pipeline, record.Text)) sentences.Add((sentence, record.Date));
        }
        PrintCodingSpeed("GigaWord sentences, CAMEO.2.0 + Phoenix dictionaries", coder, sentences);
    }

    private static void PrintCodingSpeed(string label, Dateline.Events.EventCoder coder, List<(Dateline.Events.ParsedSentence Sentence, DateOnly Date)> sentences)
    {
        const int Rounds = 50;
        var events = 0;
        foreach (var (sentence, date) in sentences) events += coder.Code(sentence, date).Count;
        var process = System.Diagnostics.Process.GetCurrentProcess();
        var cpu = process.TotalProcessorTime;
        var wall = System.Diagnostics.Stopwatch.StartNew();
        for (var round = 0; round < Rounds; round++)
        {
            foreach (var (sentence, date) in sentences) events += coder.Code(sentence, date).Count;
        }
        wall.Stop();
        process.Refresh();
        var seconds = (process.TotalProcessorTime - cpu).TotalSeconds;
        var coded = (double)sentences.Count * Rounds;
        Console.WriteLine(string.Format(CultureInfo.InvariantCulture,
            "Coding speed, parses given ({5}): {0:N0} sentences in {1:F2} s CPU ({2:F2} s wall): {3:N0} sentences per CPU-second ({4} events).",
            coded, seconds, wall.Elapsed.TotalSeconds, coded / seconds, events, label));
        Console.WriteLine();
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
