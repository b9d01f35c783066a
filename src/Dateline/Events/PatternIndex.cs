using Dateline.Knowledge.Dictionaries;

namespace Dateline.Events;

/// <summary>
/// For each pattern of a verb dictionary, the literal words it needs (at any depth): a pattern whose words are not
/// all in the sentence (as words or lemmas) cannot match and is skipped before any matching. Each verb block's
/// patterns are also indexed by one literal word each, so a large block offers only the patterns whose word is
/// in the sentence (<see cref="Candidates"/>). Built once per dictionary; immutable.
/// </summary>
internal sealed class PatternIndex
{
    private readonly Dictionary<VerbPattern, string[]> _required = new(ReferenceEqualityComparer.Instance);
    private readonly Dictionary<VerbPattern, string[][]> _synsetStarts = new(ReferenceEqualityComparer.Instance);
    private readonly HashSet<VerbPattern> _spellsNegation = new(ReferenceEqualityComparer.Instance);
    private readonly Dictionary<IReadOnlyList<VerbPattern>, BlockKeys> _blocks = new(ReferenceEqualityComparer.Instance);

    /// <summary>Below this many patterns a block is scanned whole.</summary>
    private const int IndexedBlockSize = 8;

    /// <summary>A block's patterns by their first literal word (pattern positions in file order), and those without one.</summary>
    private sealed record BlockKeys(Dictionary<string, int[]> ByWord, int[] Unkeyed);

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
            if (block.Patterns.Count >= IndexedBlockSize) _blocks[block.Patterns] = Keys(block.Patterns);
        }
    }

    private BlockKeys Keys(IReadOnlyList<VerbPattern> patterns)
    {
        var byWord = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        var unkeyed = new List<int>();
        for (var i = 0; i < patterns.Count; i++)
        {
            var words = _required[patterns[i]];
            if (words.Length == 0)
            {
                unkeyed.Add(i);
                continue;
            }
            if (!byWord.TryGetValue(words[0], out var list)) byWord[words[0]] = list = [];
            list.Add(i);
        }
        var keys = new Dictionary<string, int[]>(byWord.Count, StringComparer.Ordinal);
        foreach (var (word, list) in byWord) keys[word] = [.. list];
        return new BlockKeys(keys, [.. unkeyed]);
    }

    /// <summary>
    /// Fills <paramref name="into"/> with the positions, in file order, of the block's patterns that may match: all of
    /// a small block; of a large one, those without literal words and those whose indexing word is in the sentence.
    /// </summary>
    public void Candidates(IReadOnlyList<VerbPattern> patterns, HashSet<string> sentenceWords, List<int> into)
    {
        into.Clear();
        if (!_blocks.TryGetValue(patterns, out var keys))
        {
            for (var i = 0; i < patterns.Count; i++) into.Add(i);
            return;
        }
        into.AddRange(keys.Unkeyed);
        if (keys.ByWord.Count <= sentenceWords.Count)
        {
            foreach (var (word, positions) in keys.ByWord)
            {
                if (sentenceWords.Contains(word)) into.AddRange(positions);
            }
        }
        else
        {
            foreach (var word in sentenceWords)
            {
                if (keys.ByWord.TryGetValue(word, out var positions)) into.AddRange(positions);
            }
        }
        into.Sort();
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
