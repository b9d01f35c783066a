using BenchmarkDotNet.Attributes;
using Dateline.Corpora;
using Dateline.Events;
using Dateline.Events.Evaluation;

namespace Dateline.Benchmarks;

/// <summary>
/// Event coding alone, parses given: the UD-PETRARCH records (supplied CoNLL-U parses, the suite's small
/// dictionaries) and the GigaWord sample (parsed once by our pipeline at setup, coded with CAMEO.2.0 and the full
/// Phoenix actor, agent and discard dictionaries). Sentences per second = the count printed at setup / mean time.
/// Run: <c>dotnet run -c Release --project bench/Dateline.Benchmarks -- --filter '*EventCodingBenchmarks*' --inProcess</c>.
/// </summary>
[MemoryDiagnoser]
public class EventCodingBenchmarks
{
    private EventCoder _suiteCoder = null!;
    private EventCoder _phoenixCoder = null!;
    private readonly List<(ParsedSentence Sentence, DateOnly Date)> _suite = [];
    private readonly List<(ParsedSentence Sentence, DateOnly Date)> _gigaword = [];

    /// <summary>Loads the dictionaries and the parses.</summary>
    [GlobalSetup]
    public void Setup()
    {
        var data = SharedData.Locate(Directory.GetCurrentDirectory()) ?? SharedData.Locate()
            ?? throw new InvalidOperationException("../shared/data not found: the event-coding benchmarks need it.");
        var suite = Path.Combine(data, "petrarch", "ud-petrarch");
        _suiteCoder = new EventCoder(UdPetrarchSuite.LoadDictionaries(suite));
        foreach (var record in PetrarchRecordReader.ReadFile(Path.Combine(suite, UdPetrarchSuite.RecordsFile)))
        {
            foreach (var sentence in UdPetrarchSuite.Sentences(record)) _suite.Add((sentence, record.Date));
        }
        var petrarch = Path.Combine(data, "petrarch");
        _phoenixCoder = new EventCoder(PetrarchSuites.PhoenixDictionaries(petrarch));
        var pipeline = OwnParses.Pipeline();
        foreach (var record in PetrarchRecordReader.ReadFile(Path.Combine(petrarch, "text", "GigaWord.sample.PETR.xml")))
        {
            foreach (var sentence in OwnParses.Parse(pipeline, record.Text)) _gigaword.Add((sentence, record.Date));
        }
        Console.WriteLine($"// EventCodingBenchmarks: {_suite.Count} UD-PETRARCH sentences, {_gigaword.Count} GigaWord sentences");
    }

    /// <summary>Codes every UD-PETRARCH sentence.</summary>
    [Benchmark]
    public int CodeUdPetrarch()
    {
        var events = 0;
        foreach (var (sentence, date) in _suite) events += _suiteCoder.Code(sentence, date).Count;
        return events;
    }

    /// <summary>Codes every GigaWord sentence with the Phoenix dictionaries.</summary>
    [Benchmark]
    public int CodeGigaWordPhoenix()
    {
        var events = 0;
        foreach (var (sentence, date) in _gigaword) events += _phoenixCoder.Code(sentence, date).Count;
        return events;
    }
}
