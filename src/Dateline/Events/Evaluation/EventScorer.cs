namespace Dateline.Events.Evaluation;

/// <summary>Compares coded triples with expected ones, record by record (as sets: duplicates count once).</summary>
public static class EventScorer
{
    /// <summary>Scores the records marked scored, coding each with <paramref name="code"/>.</summary>
    public static EventScore Score(IEnumerable<PetrarchRecord> records, Func<PetrarchRecord, IReadOnlyList<GoldEvent>> code)
    {
        ArgumentNullException.ThrowIfNull(records);
        ArgumentNullException.ThrowIfNull(code);
        var order = new List<string>();
        var totals = new Dictionary<string, (int Records, int Exact)>(StringComparer.Ordinal);
        var failures = new List<string>();
        int correct = 0, predicted = 0, expected = 0;
        foreach (var record in records)
        {
            if (!record.Scored) continue;
            var gold = new HashSet<GoldEvent>(record.Gold);
            var coded = new HashSet<GoldEvent>(code(record));
            var hits = coded.Count(gold.Contains);
            correct += hits;
            predicted += coded.Count;
            expected += gold.Count;
            var exact = hits == gold.Count && hits == coded.Count;
            if (!totals.TryGetValue(record.Category, out var t)) order.Add(record.Category);
            totals[record.Category] = (t.Records + 1, t.Exact + (exact ? 1 : 0));
            if (!exact) failures.Add(Describe(record, gold, coded));
        }
        var categories = order.Select(c => new CategoryScore(c, totals[c].Records, totals[c].Exact)).ToList();
        return new EventScore(categories, correct, predicted, expected, failures);
    }

    private static string Describe(PetrarchRecord record, HashSet<GoldEvent> gold, HashSet<GoldEvent> coded)
    {
        var missing = gold.Where(g => !coded.Contains(g)).Select(g => g.ToString());
        var extra = coded.Where(c => !gold.Contains(c)).Select(c => c.ToString());
        return $"{record.Id} [{record.Category}] {record.Text}\n  missing: {string.Join("; ", missing)}\n  extra:   {string.Join("; ", extra)}";
    }
}
