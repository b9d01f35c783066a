namespace Dateline.Events;

/// <summary>
/// Finds the speaker an event is reported by: the subject of a reporting verb ("said", "told", "claimed",
/// "warned") whose complement holds the event's clause, or which stands beside the event's main clause
/// ("..., a senior official said").
/// </summary>
internal static class Attribution
{
    private static readonly HashSet<string> ReportingVerbs = new(StringComparer.Ordinal)
    {
        "SAY", "TELL", "CLAIM", "WARN", "STATE", "ANNOUNCE", "REPORT", "ADD", "INSIST", "NOTE", "ALLEGE", "ASSERT",
        "DECLARE", "EXPLAIN", "WRITE", "ARGUE", "CONFIRM", "REITERATE", "STRESS", "EMPHASIZE", "EMPHASISE", "TWEET", "QUOTE",
    };

    /// <summary>The speaker's word (the reporting verb's subject), or -1 when the event is not reported speech.</summary>
    public static int Speaker(ParsedSentence s, int verb)
    {
        var word = verb;
        for (var steps = 0; steps < 8; steps++)
        {
            var head = s.Heads[word];
            if (head < 0) return Beside(s, word, verb);
            if ((s.Is(word, "ccomp") || s.Is(word, "parataxis")) && IsReporting(s, head)) return SubjectOf(s, head);
            word = head;
        }
        return -1;
    }

    private static int Beside(ParsedSentence s, int root, int verb)
    {
        if (IsReporting(s, root) && root == verb) return -1;
        foreach (var child in s.Children(root))
        {
            if ((s.Is(child, "parataxis") || s.Is(child, "ccomp")) && IsReporting(s, child) && !s.IsUnder(verb, child) && child > verb) return SubjectOf(s, child);
        }
        return -1;
    }

    /// <summary>True when the word's lemma is a reporting verb.</summary>
    public static bool IsReporting(ParsedSentence s, int word) => ReportingVerbs.Contains(s.Lemmas[word]);

    private static int SubjectOf(ParsedSentence s, int verb)
    {
        foreach (var child in s.Children(verb))
        {
            if (s.Is(child, "nsubj")) return child;
        }
        return -1;
    }
}
