using Dateline.Corpora;
using Dateline.Knowledge.Dictionaries;

namespace Dateline.Events.Evaluation;

/// <summary>
/// The UD-PETRARCH validation suite (<c>petrarch/ud-petrarch</c>): its records coded from the CoNLL-U parses they
/// carry, with the suite's own verb, actor, agent and discard dictionaries.
/// </summary>
public static class UdPetrarchSuite
{
    /// <summary>The records file name inside the suite folder.</summary>
    public const string RecordsFile = "PETR_Validate_records_2_02.xml";

    /// <summary>Loads the suite's dictionaries from <paramref name="folder"/>.</summary>
    public static EventDictionaries LoadDictionaries(string folder) => new(
        VerbDictionaryReader.ReadFile(Path.Combine(folder, "PETR_Validate_verbs_2_02.txt")).Dictionary,
        ActorDictionaryReader.ReadFiles(Path.Combine(folder, "PETR_Validate_actors_2_02.txt")).Dictionary,
        AgentDictionaryReader.ReadFile(Path.Combine(folder, "PETR_Validate_agents_2_02.txt")).Dictionary,
        DiscardListReader.ReadFile(Path.Combine(folder, "PETR_Validate_discards_2_02.txt")).Dictionary);

    /// <summary>Codes and scores every scored record of the suite in <paramref name="folder"/>.</summary>
    public static EventScore Run(string folder)
    {
        var coder = new EventCoder(LoadDictionaries(folder));
        var records = PetrarchRecordReader.ReadFile(Path.Combine(folder, RecordsFile));
        return EventScorer.Score(records, record => Code(coder, record));
    }

    /// <summary>The parsed sentences of a record's CoNLL-U parse (empty when it has none).</summary>
    public static IReadOnlyList<ParsedSentence> Sentences(PetrarchRecord record)
    {
        ArgumentNullException.ThrowIfNull(record);
        if (record.Parse is null) return [];
        var lines = record.Parse.Split('\n').Select(l => l.Trim('\r', ' ')).Where(l => l.Length > 0);
        using var reader = new StringReader(string.Join('\n', lines) + "\n");
        return ConlluReader.Read(reader, record.Id).Select(s => ParsedSentence.FromConllu(s)).ToList();
    }

    /// <summary>The triples the coder gives for a record.</summary>
    public static IReadOnlyList<GoldEvent> Code(EventCoder coder, PetrarchRecord record)
    {
        ArgumentNullException.ThrowIfNull(coder);
        var triples = new List<GoldEvent>();
        foreach (var sentence in Sentences(record))
        {
            foreach (var e in coder.Code(sentence, record.Date)) triples.Add(new GoldEvent(e.Code, e.Source.Code, e.Target?.Code ?? "---"));
        }
        return triples;
    }
}
