namespace Dateline.Events;

/// <summary>
/// The words of a verb's own clause, split around the verb: its dependents' subtrees, leaving out clauses of
/// their own (complements, adverbial and relative clauses, parataxis, coordinated verbs) and punctuation.
/// </summary>
internal static class ClauseWords
{
    /// <summary>Words before the verb (nearest first) and after it (in order), without <paramref name="skip"/>.</summary>
    public static (List<int> Before, List<int> After) Around(ParsedSentence s, int verb, int[] skip)
    {
        var words = new List<int>();
        Collect(s, verb, verb, words);
        words.Sort();
        var before = new List<int>();
        var after = new List<int>();
        foreach (var w in words)
        {
            if (w == verb || Array.IndexOf(skip, w) >= 0) continue;
            (w < verb ? before : after).Add(w);
        }
        before.Reverse();
        return (before, after);
    }

    private static void Collect(ParsedSentence s, int word, int verb, List<int> words)
    {
        words.Add(word);
        foreach (var child in s.Children(word))
        {
            if (word == verb && IsOwnClause(s, child)) continue;
            if (s.Is(child, "punct") || s.Is(child, "acl:relcl")) continue;
            Collect(s, child, verb, words);
        }
    }

    private static bool IsOwnClause(ParsedSentence s, int child) =>
        s.Is(child, "ccomp") || s.Is(child, "advcl") || s.Is(child, "parataxis") || s.Is(child, "csubj") ||
        s.Is(child, "conj");
}
