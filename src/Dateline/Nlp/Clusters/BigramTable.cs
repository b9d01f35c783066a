namespace Dateline.Nlp.Clusters;

/// <summary>
/// The vocabulary and bigram counts of a text for <see cref="ExchangeClustering"/>: words seen at least a given
/// number of times get ids in order of frequency (ties by ordinal order of the word), rarer words share the id of
/// <see cref="Rare"/>, and each sentence is framed by <see cref="Boundary"/>. Counts are kept as sorted
/// successor and predecessor lists per word.
/// </summary>
internal sealed class BigramTable
{
    /// <summary>The pseudo-word that stands for every word below the count threshold.</summary>
    public const string Rare = "<rare>";

    /// <summary>The pseudo-word before and after each sentence.</summary>
    public const string Boundary = "<s>";

    private readonly long[] _counts;
    private readonly (int Word, long Count)[][] _successors;
    private readonly (int Word, long Count)[][] _predecessors;

    private BigramTable(string[] words, long[] counts, (int, long)[][] successors, (int, long)[][] predecessors, long total)
    {
        Words = words;
        _counts = counts;
        _successors = successors;
        _predecessors = predecessors;
        TotalTokens = total;
    }

    /// <summary>The words by id.</summary>
    public IReadOnlyList<string> Words { get; }

    /// <summary>Number of word ids.</summary>
    public int WordCount => _counts.Length;

    /// <summary>Number of tokens counted (boundaries included).</summary>
    public long TotalTokens { get; }

    /// <summary>How often word <paramref name="w"/> occurs.</summary>
    public long Count(int w) => _counts[w];

    /// <summary>Words that follow <paramref name="w"/>, with counts.</summary>
    public ReadOnlySpan<(int Word, long Count)> Successors(int w) => _successors[w];

    /// <summary>Words that precede <paramref name="w"/>, with counts.</summary>
    public ReadOnlySpan<(int Word, long Count)> Predecessors(int w) => _predecessors[w];

    /// <summary>Counts the sentences; words seen fewer than <paramref name="minCount"/> times become <see cref="Rare"/>.</summary>
    public static BigramTable Build(IEnumerable<IReadOnlyList<string>> sentences, int minCount)
    {
        var materialized = sentences.ToList();
        var frequency = new Dictionary<string, long>(StringComparer.Ordinal);
        foreach (var sentence in materialized)
        {
            foreach (var word in sentence) frequency[word] = frequency.GetValueOrDefault(word) + 1;
        }
        var kept = frequency.Where(p => p.Value >= minCount).Select(p => p.Key).ToList();
        kept.Sort((a, b) => frequency[b] != frequency[a] ? frequency[b].CompareTo(frequency[a]) : string.CompareOrdinal(a, b));
        var words = new List<string>(kept.Count + 2) { Boundary, Rare };
        words.AddRange(kept);
        var ids = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < words.Count; i++) ids[words[i]] = i;
        var counts = new long[words.Count];
        var pairs = new Dictionary<long, long>();
        long total = 0;
        foreach (var sentence in materialized)
        {
            var previous = 0;
            counts[0]++;
            total++;
            foreach (var word in sentence)
            {
                var id = ids.TryGetValue(word, out var known) ? known : 1;
                counts[id]++;
                total++;
                var key = ((long)previous << 32) | (uint)id;
                pairs[key] = pairs.GetValueOrDefault(key) + 1;
                previous = id;
            }
            var end = ((long)previous << 32) | 0u;
            pairs[end] = pairs.GetValueOrDefault(end) + 1;
        }
        return new BigramTable([.. words], counts, Lists(pairs, words.Count, false), Lists(pairs, words.Count, true), total);
    }

    private static (int, long)[][] Lists(Dictionary<long, long> pairs, int words, bool byRight)
    {
        var lists = new List<(int, long)>[words];
        for (var i = 0; i < words; i++) lists[i] = [];
        foreach (var (key, count) in pairs)
        {
            var left = (int)(key >> 32);
            var right = (int)(key & 0xFFFFFFFF);
            if (byRight) lists[right].Add((left, count));
            else lists[left].Add((right, count));
        }
        var result = new (int, long)[words][];
        for (var i = 0; i < words; i++)
        {
            lists[i].Sort((a, b) => a.Item1.CompareTo(b.Item1));
            result[i] = [.. lists[i]];
        }
        return result;
    }
}
