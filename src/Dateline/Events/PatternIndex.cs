using Dateline.Knowledge.Dictionaries;

namespace Dateline.Events;

/// <summary>
/// For each pattern of a verb dictionary, the literal words it needs (at any depth): a pattern whose words are not
/// all in the sentence (as words or lemmas) cannot match and is skipped before any matching. Built once per
/// dictionary; immutable.
/// </summary>
internal sealed class PatternIndex
{
    private readonly Dictionary<VerbPattern, string[]> _required = new(ReferenceEqualityComparer.Instance);
    private readonly Dictionary<VerbPattern, string[][]> _synsetStarts = new(ReferenceEqualityComparer.Instance);
    private readonly HashSet<VerbPattern> _spellsNegation = new(ReferenceEqualityComparer.Instance);

    public PatternIndex(VerbDictionary verbs)
    {
        foreach (var block in verbs.Blocks)
        {
            foreach (var pattern in block.Patterns)
            {
                var words = new List<string>();
                var synsets = new List<string[]>();
                Collect(pattern.Elements, words, synsets, verbs);
                _required[pattern] = [.. words];
                if (synsets.Count > 0) _synsetStarts[pattern] = [.. synsets];
                if (SpellsNegation(pattern.Elements, verbs)) _spellsNegation.Add(pattern);
            }
        }
    }

    /// <summary>True when every literal word of the pattern is among <paramref name="sentenceWords"/>.</summary>
    public bool MayMatch(VerbPattern pattern, HashSet<string> sentenceWords)
    {
        if (!_required.TryGetValue(pattern, out var words)) return true;
        foreach (var word in words)
        {
            if (!sentenceWords.Contains(word)) return false;
        }
        if (!_synsetStarts.TryGetValue(pattern, out var synsets)) return true;
        foreach (var starts in synsets)
        {
            if (!AnyIn(starts, sentenceWords)) return false;
        }
        return true;
    }

    /// <summary>
    /// True when the pattern itself says "not" (<c>NOT *</c>, <c>&amp;NEGATVAUXVRB *</c>): its code already is the
    /// negated event's, so the coder does not re-code it.
    /// </summary>
    public bool HandlesNegation(VerbPattern pattern) => _spellsNegation.Contains(pattern);

    private static bool SpellsNegation(IReadOnlyList<PatternElement> elements, VerbDictionary verbs)
    {
        foreach (var e in elements)
        {
            if (e.Kind == PatternElementKind.Word && e.Text is not null && IsNegation(e.Text)) return true;
            if (e.Kind == PatternElementKind.Synset && e.Text is not null && verbs.FindSynset(e.Text) is { } synset && AnyNegation(synset)) return true;
            if (e.Children.Count > 0 && SpellsNegation(e.Children, verbs)) return true;
        }
        return false;
    }

    private static bool AnyNegation(VerbSynset synset)
    {
        foreach (var phrase in synset.Phrases)
        {
            foreach (var word in phrase)
            {
                if (IsNegation(word)) return true;
            }
        }
        return false;
    }

    private static bool IsNegation(string word) => word is "NOT" or "N'T" or "NEVER" or "NO";

    private static bool AnyIn(string[] starts, HashSet<string> sentenceWords)
    {
        foreach (var start in starts)
        {
            if (sentenceWords.Contains(start)) return true;
        }
        return false;
    }

    /// <summary>Literal words, and for each synset the first words of its phrases (one of them must be present).</summary>
    private static void Collect(IReadOnlyList<PatternElement> elements, List<string> words, List<string[]> synsets, VerbDictionary verbs)
    {
        foreach (var e in elements)
        {
            if (e.Kind == PatternElementKind.Word && e.Text is not null) words.Add(e.Text);
            else if (e.Kind == PatternElementKind.Synset && e.Text is not null && verbs.FindSynset(e.Text) is { } synset) synsets.Add(FirstWords(synset));
            else if (e.Children.Count > 0) Collect(e.Children, words, synsets, verbs);
        }
    }

    private static string[] FirstWords(VerbSynset synset)
    {
        var first = new HashSet<string>(StringComparer.Ordinal);
        foreach (var phrase in synset.Phrases)
        {
            if (phrase.Count > 0) first.Add(phrase[0]);
        }
        return [.. first];
    }
}
