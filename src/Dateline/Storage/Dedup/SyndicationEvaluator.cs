using Dateline.Corpora;
using Dateline.Extraction.Times.Evaluation;

namespace Dateline.Storage.Dedup;

/// <summary>
/// Measures syndication clustering on pairs derived from GUM news and MEANTIME articles (<see cref="SyndicationPairGenerator"/>):
/// precision and recall of "same story" at several thresholds of estimated containment, with the LSH
/// candidate step included (a pair that shares no band key is never compared).
/// </summary>
public static class SyndicationEvaluator
{
    /// <summary>The thresholds reported.</summary>
    public static IReadOnlyList<double> Thresholds { get; } = [0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9];

    /// <summary>Evaluates on the articles under <paramref name="dataFolder"/> (the shared data folder).</summary>
    public static SyndicationReport Evaluate(string dataFolder, int seed = 8)
    {
        var articles = LoadArticles(dataFolder);
        var pairs = new SyndicationPairGenerator(seed).Generate(articles);
        return Score(pairs, articles.Count);
    }

    /// <summary>Scores pairs at every threshold.</summary>
    public static SyndicationReport Score(IReadOnlyList<SyndicationPair> pairs, int articles)
    {
        ArgumentNullException.ThrowIfNull(pairs);
        var rows = new List<SyndicationScore>();
        var scored = pairs.Select(p => (Pair: p, Similarity: Similarity(p))).ToList();
        foreach (var threshold in Thresholds)
        {
            int tp = 0, fp = 0, fn = 0;
            foreach (var (pair, similarity) in scored)
            {
                var predicted = similarity >= threshold;
                if (predicted && pair.SameStory) tp++;
                else if (predicted) fp++;
                else if (pair.SameStory) fn++;
            }
            rows.Add(new SyndicationScore(threshold, tp, fp, fn));
        }
        var recallByKind = scored.Where(s => s.Pair.SameStory).GroupBy(s => s.Pair.Kind)
            .ToDictionary(g => g.Key, g => (double)g.Count(s => s.Similarity >= MinHasher.SyndicationThreshold) / g.Count());
        var maxNegative = scored.Where(s => !s.Pair.SameStory).GroupBy(s => s.Pair.Kind)
            .ToDictionary(g => g.Key, g => g.Max(s => s.Similarity));
        return new SyndicationReport(articles, pairs.Count(p => p.SameStory), pairs.Count(p => !p.SameStory), rows, recallByKind, maxNegative);
    }

    /// <summary>The similarity the store acts on: 0 when the pair is not an LSH candidate, else the estimated containment.</summary>
    private static double Similarity(SyndicationPair pair)
    {
        var a = MinHasher.Signature(pair.First);
        var b = MinHasher.Signature(pair.Second);
        if (a is null || b is null) return 0;
        var keysA = a.BandKeys();
        var keysB = b.BandKeys();
        var candidate = false;
        for (var i = 0; i < keysA.Length && !candidate; i++) candidate = keysA[i] == keysB[i];
        return candidate ? a.Containment(b) : 0;
    }

    private static List<(string[] Paragraphs, string? Topic)> LoadArticles(string dataFolder)
    {
        var articles = new List<(string[], string?)>();
        foreach (var file in Directory.EnumerateFiles(Path.Combine(dataFolder, "gum"), "GUM_news_*.conllu").Order(StringComparer.Ordinal))
        {
            var paragraphs = new List<string>();
            foreach (var sentence in ConlluReader.ReadFile(file))
            {
                if (sentence.NewParagraph || paragraphs.Count == 0) paragraphs.Add(sentence.Text);
                else paragraphs[^1] += " " + sentence.Text;
            }
            articles.Add(([.. paragraphs], null));
        }
        var meantime = Path.Combine(dataFolder, "meantime", "intra-doc_annotation");
        foreach (var topic in Directory.EnumerateDirectories(meantime).Order(StringComparer.Ordinal))
        {
            foreach (var file in Directory.EnumerateFiles(topic, "*.xml").Order(StringComparer.Ordinal))
            {
                var text = MeantimeReader.Read(file).Text;
                articles.Add((text.Split('\n', StringSplitOptions.RemoveEmptyEntries), Path.GetFileName(topic)));
            }
        }
        return articles;
    }
}
