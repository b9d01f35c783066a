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

    public PatternIndex(VerbDictionary verbs)
    {
        foreach (var block in verbs.Blocks)
        {
            foreach (var pattern in block.Patterns)
            {
                var words = new List<string>();
                Collect(pattern.Elements, words);
                _required[pattern] = [.. words];
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
        return true;
    }

    private static void Collect(IReadOnlyList<PatternElement> elements, List<string> words)
    {
        foreach (var e in elements)
        {
            if (e.Kind == PatternElementKind.Word && e.Text is not null) words.Add(e.Text);
            else if (e.Children.Count > 0) Collect(e.Children, words);
        }
    }
}
