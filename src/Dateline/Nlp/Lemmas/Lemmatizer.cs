using System.Runtime.CompilerServices;
using Dateline.Nlp.Tagging;

namespace Dateline.Nlp.Lemmas;

/// <summary>
/// Lemmas by lookup, then by rule: a (form, XPOS) pair seen in training takes its most frequent lemma;
/// an unseen word is lowercased (proper nouns, acronyms and capitalized adjectives keep their case, as
/// in UD EWT) and regular inflection is undone according to its tag.
/// </summary>
internal sealed class Lemmatizer
{
    private readonly LemmaTable _table;

    /// <summary>Creates a lemmatizer over a learned table.</summary>
    public Lemmatizer(LemmaTable table) => _table = table;

    /// <summary>The table of learned lemmas.</summary>
    public LemmaTable Table => _table;

    /// <summary>The lemma of <paramref name="word"/> tagged <paramref name="xpos"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public string Lemmatize(ReadOnlySpan<char> word, string xpos)
    {
        Span<char> form = word.Length <= 256 ? stackalloc char[word.Length] : new char[word.Length];
        Span<char> lower = word.Length <= 256 ? stackalloc char[word.Length] : new char[word.Length];
        TaggerText.NormalizeInto(word, form, lower: false);
        TaggerText.NormalizeInto(word, lower, lower: true);
        var known = _table.Exact(form, xpos) ?? _table.Lower(lower, xpos);
        if (known != null) return known;
        return Unseen(form, lower, xpos);
    }

    private string Unseen(ReadOnlySpan<char> form, ReadOnlySpan<char> lower, string xpos)
    {
        var keepCase = KeepsCase(form, xpos);
        var candidates = new List<string>(4);
        LemmaRules.Candidates(new string(lower), xpos, candidates);
        if (candidates.Count == 0) return keepCase ? new string(form) : new string(lower);
        var chosen = candidates[0];
        foreach (var candidate in candidates)
        {
            if (_table.IsKnownLemma(candidate))
            {
                chosen = candidate;
                break;
            }
        }
        return keepCase ? RestoreCase(form, chosen) : chosen;
    }

    private static bool KeepsCase(ReadOnlySpan<char> form, string xpos)
    {
        if (xpos is "NNP" or "NNPS") return true;
        if (form.Length == 0 || !char.IsUpper(form[0])) return false;
        if (xpos is "JJ" or "JJR" or "JJS") return true;
        var upper = 0;
        var letters = 0;
        foreach (var c in form)
        {
            if (!char.IsLetter(c)) continue;
            letters++;
            if (char.IsUpper(c)) upper++;
        }
        return letters > 1 && upper == letters;
    }

    /// <summary>The lemma with the form's letters where they share a prefix (<c>Americans</c> → <c>American</c>).</summary>
    private static string RestoreCase(ReadOnlySpan<char> form, string lemma)
    {
        var shared = 0;
        while (shared < form.Length && shared < lemma.Length && char.ToLowerInvariant(form[shared]) == lemma[shared]) shared++;
        return string.Concat(form[..shared], lemma.AsSpan(shared));
    }
}
