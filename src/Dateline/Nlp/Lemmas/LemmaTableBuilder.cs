using Dateline.Corpora;
using Dateline.Nlp.Tagging;

namespace Dateline.Nlp.Lemmas;

/// <summary>
/// Counts (form, XPOS, lemma) triples in treebank sentences and keeps, for each (form, XPOS), the most
/// frequent lemma (ties broken by ordinal order, so the result does not depend on input order).
/// </summary>
internal sealed class LemmaTableBuilder
{
    private readonly Dictionary<(string Form, string Xpos, string Lemma), int> _exact = [];
    private readonly Dictionary<(string Form, string Xpos, string Lemma), int> _lower = [];

    /// <summary>Counts the words of a sentence (words whose lemma is <c>_</c> are skipped).</summary>
    public void Add(ConlluSentence sentence)
    {
        foreach (var word in sentence.Words)
        {
            if (word.Lemma == "_" && word.Form != "_") continue;
            var form = Normalize(word.Form);
            var lemma = Normalize(word.Lemma);
            Count(_exact, (form, word.Xpos, lemma));
            Count(_lower, (form.ToLowerInvariant(), word.Xpos, lemma));
        }
    }

    /// <summary>The table of the most frequent lemmas.</summary>
    public LemmaTable Build() => new(Best(_exact), Best(_lower));

    private static string Normalize(string text)
    {
        if (!TaggerText.NeedsNormalizing(text)) return text;
        var chars = new char[text.Length];
        TaggerText.NormalizeInto(text, chars, lower: false);
        return new string(chars);
    }

    private static void Count(Dictionary<(string, string, string), int> counts, (string, string, string) key) =>
        counts[key] = counts.GetValueOrDefault(key) + 1;

    private static Dictionary<string, LemmaEntry[]> Best(Dictionary<(string Form, string Xpos, string Lemma), int> counts)
    {
        var best = new Dictionary<(string Form, string Xpos), (string Lemma, int Count)>();
        foreach (var ((form, xpos, lemma), count) in counts)
        {
            if (!best.TryGetValue((form, xpos), out var current) || count > current.Count
                || count == current.Count && string.CompareOrdinal(lemma, current.Lemma) < 0)
            {
                best[(form, xpos)] = (lemma, count);
            }
        }
        var map = new Dictionary<string, LemmaEntry[]>(StringComparer.Ordinal);
        foreach (var group in best.GroupBy(pair => pair.Key.Form, StringComparer.Ordinal))
        {
            map[group.Key] = [.. group.OrderBy(p => p.Key.Xpos, StringComparer.Ordinal).Select(p => new LemmaEntry(p.Key.Xpos, p.Value.Lemma))];
        }
        return map;
    }
}
