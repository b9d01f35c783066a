using Dateline.Knowledge.Dictionaries;
using Dateline.Pipeline;

namespace Dateline.Events.Evaluation;

/// <summary>
/// The PETRARCH2 record files under <c>petrarch/</c>: the unit tests (<c>text/PETR.UnitTest.records.xml</c>, coded
/// with the <c>PETR.Validate.*</c> dictionaries from our own parses) and the GigaWord sample
/// (<c>text/GigaWord.sample.PETR.xml</c>, with <c>CAMEO.2.0.txt</c> and the Phoenix dictionaries).
/// </summary>
public static class PetrarchSuites
{
    /// <summary>The unit-test dictionaries under <paramref name="petrarch"/>.</summary>
    public static EventDictionaries UnitTestDictionaries(string petrarch)
    {
        var d = Path.Combine(petrarch, "dictionaries");
        return new EventDictionaries(
            VerbDictionaryReader.ReadFile(Path.Combine(d, "PETR.Validate.verbs.txt")).Dictionary,
            ActorDictionaryReader.ReadFiles(Path.Combine(d, "PETR.Validate.actors.txt")).Dictionary,
            AgentDictionaryReader.ReadFile(Path.Combine(d, "PETR.Validate.agents.txt")).Dictionary,
            DiscardListReader.ReadFile(Path.Combine(d, "PETR.Validate.discards.txt")).Dictionary);
    }

    /// <summary>The operational Phoenix dictionaries under <paramref name="petrarch"/>.</summary>
    public static EventDictionaries PhoenixDictionaries(string petrarch)
    {
        var d = Path.Combine(petrarch, "dictionaries");
        return new EventDictionaries(
            VerbDictionaryReader.ReadFile(Path.Combine(d, "CAMEO.2.0.txt")).Dictionary,
            ActorDictionaryReader.ReadFiles(
                Path.Combine(d, "Phoenix.Countries.actors.txt"),
                Path.Combine(d, "Phoenix.International.actors.txt"),
                Path.Combine(d, "Phoenix.MilNonState.actors.txt")).Dictionary,
            AgentDictionaryReader.ReadFile(Path.Combine(d, "Phoenix.agents.txt")).Dictionary,
            DiscardListReader.ReadFile(Path.Combine(d, "Phoenix.discards.txt")).Dictionary);
    }

    /// <summary>Codes and scores the unit-test records from our own parses.</summary>
    public static EventScore UnitTests(string petrarch, AnalysisPipeline pipeline)
    {
        var coder = new EventCoder(UnitTestDictionaries(petrarch));
        var records = PetrarchRecordReader.ReadFile(Path.Combine(petrarch, "text", "PETR.UnitTest.records.xml"));
        return EventScorer.Score(records, record => SplitCodes(Code(coder, pipeline, record)));
    }

    /// <summary>
    /// PETRARCH2 writes an actor with several codes (<c>FRO/BIL/SAM</c>, "the Shire") as one event per code, and its
    /// unit tests expect that; UD-PETRARCH's records keep the code whole.
    /// </summary>
    private static List<GoldEvent> SplitCodes(List<GoldEvent> triples)
    {
        var split = new List<GoldEvent>();
        foreach (var t in triples)
        {
            foreach (var source in t.Source.Split('/'))
            {
                foreach (var target in t.Target.Split('/')) split.Add(new GoldEvent(t.Code, source, target));
            }
        }
        return split;
    }

    /// <summary>Codes the GigaWord sample: sentences and events.</summary>
    public static (int Sentences, int Events, IReadOnlyList<string> Lines) GigaWord(string petrarch, AnalysisPipeline pipeline)
    {
        var coder = new EventCoder(PhoenixDictionaries(petrarch));
        var records = PetrarchRecordReader.ReadFile(Path.Combine(petrarch, "text", "GigaWord.sample.PETR.xml"));
        int sentences = 0, events = 0;
        var lines = new List<string>();
        foreach (var record in records)
        {
            sentences++;
            var coded = Code(coder, pipeline, record);
            events += coded.Count;
            lines.Add($"{record.Id}: {string.Join("; ", coded)}");
        }
        return (sentences, events, lines);
    }

    private static List<GoldEvent> Code(EventCoder coder, AnalysisPipeline pipeline, PetrarchRecord record)
    {
        var triples = new List<GoldEvent>();
        foreach (var sentence in OwnParses.Parse(pipeline, record.Text))
        {
            foreach (var e in coder.Code(sentence, record.Date)) triples.Add(new GoldEvent(e.Code, e.Source.Code, e.Target?.Code ?? "---"));
        }
        return triples;
    }
}
