using System.Text;

namespace Dateline.Storage.Dedup;

/// <summary>
/// Derives near-duplicate and non-duplicate pairs from real article texts (paragraph lists), the way syndication
/// changes wire copy: an outlet's byline and dateline added, another headline, the last paragraphs trimmed, a
/// paragraph dropped and figures changed, or all of these at once. Non-duplicates pair different articles, with
/// same-topic pairs (articles of one MEANTIME topic) and stories quoting one paragraph of another as the hard cases. Seeded: the same input gives the same pairs.
/// </summary>
public sealed class SyndicationPairGenerator(int seed)
{
    private static readonly string[] Names = ["Maria Keller", "Tom Achebe", "Lena Novak", "Rahul Mehta", "Sara Lind", "Ivo Petrov"];
    private static readonly string[] Agencies = ["Wire Service", "Global Desk", "NewsLine", "Press Union"];
    private static readonly string[] Cities = ["LONDON", "NEW DELHI", "NAIROBI", "BERLIN", "SYDNEY", "TORONTO"];
    private static readonly string[] Kinds = ["byline", "headline", "trim", "edit", "wire"];

    private readonly Random _random = new(seed);

    /// <summary>One derived copy per article and kind, plus as many non-duplicate pairs.</summary>
    /// <param name="articles">Articles as paragraph lists, with the topic they belong to (null when none).</param>
    public IReadOnlyList<SyndicationPair> Generate(IReadOnlyList<(string[] Paragraphs, string? Topic)> articles)
    {
        ArgumentNullException.ThrowIfNull(articles);
        var pairs = new List<SyndicationPair>();
        foreach (var (paragraphs, _) in articles)
        {
            var original = Join(paragraphs);
            foreach (var kind in Kinds) pairs.Add(new SyndicationPair(original, Derive(paragraphs, kind, articles), true, kind));
        }
        var positives = pairs.Count;
        for (var i = 0; pairs.Count < positives * 2 && i < positives * 20; i++)
        {
            var a = _random.Next(articles.Count);
            var b = _random.Next(articles.Count);
            if (a == b) continue;
            var sameTopic = articles[a].Topic != null && articles[a].Topic == articles[b].Topic;
            if (i % 2 == 0 && !sameTopic) continue;
            var first = articles[a].Paragraphs;
            if (i % 3 == 0)
            {
                // Another story that quotes one paragraph of this one.
                var other = articles[b].Paragraphs.ToList();
                other.Insert(_random.Next(other.Count + 1), first[_random.Next(first.Length)]);
                pairs.Add(new SyndicationPair(Join(first), Join(other), false, "shared-paragraph"));
                continue;
            }
            pairs.Add(new SyndicationPair(Join(first), Join(articles[b].Paragraphs), false, sameTopic ? "same-topic" : "other-article"));
        }
        return pairs;
    }

    private string Derive(string[] paragraphs, string kind, IReadOnlyList<(string[] Paragraphs, string? Topic)> articles)
    {
        var copy = paragraphs.ToList();
        if (kind is "trim" or "wire") Trim(copy);
        if (kind is "edit" or "wire") Edit(copy);
        if (kind is "byline" or "wire") AddByline(copy);
        if (kind is "headline" or "wire") copy.Insert(0, Headline(articles[_random.Next(articles.Count)].Paragraphs));
        return Join(copy);
    }

    /// <summary>Drops the last 20-40% of the paragraphs (at least one kept), as outlets cut wire stories to fit.</summary>
    private void Trim(List<string> paragraphs)
    {
        var drop = (int)Math.Round(paragraphs.Count * (0.2 + _random.NextDouble() * 0.2));
        drop = Math.Min(drop, paragraphs.Count - 1);
        paragraphs.RemoveRange(paragraphs.Count - drop, drop);
    }

    /// <summary>Drops one middle paragraph and changes every fifth number.</summary>
    private void Edit(List<string> paragraphs)
    {
        if (paragraphs.Count > 3) paragraphs.RemoveAt(1 + _random.Next(paragraphs.Count - 2));
        for (var i = 0; i < paragraphs.Count; i++)
        {
            var builder = new StringBuilder(paragraphs[i]);
            var digit = 0;
            for (var c = 0; c < builder.Length; c++)
            {
                if (char.IsAsciiDigit(builder[c]) && digit++ % 5 == 0) builder[c] = (char)('0' + _random.Next(10));
            }
            paragraphs[i] = builder.ToString();
        }
    }

    private void AddByline(List<string> paragraphs)
    {
        paragraphs[0] = $"{Cities[_random.Next(Cities.Length)]} ({Agencies[_random.Next(Agencies.Length)]}) - " + paragraphs[0];
        paragraphs.Insert(0, "By " + Names[_random.Next(Names.Length)]);
    }

    /// <summary>A headline made of the first words of some article's first paragraph (another wording of the same news, or unrelated).</summary>
    private string Headline(string[] source)
    {
        var words = source[0].Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var take = Math.Min(words.Length, 5 + _random.Next(6));
        return "UPDATE " + (1 + _random.Next(3)) + ": " + string.Join(' ', words.Take(take));
    }

    private static string Join(IEnumerable<string> paragraphs) => string.Join("\n\n", paragraphs);
}
