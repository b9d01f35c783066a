namespace Dateline.Events;

/// <summary>
/// Reads an event's modality from its verb and the clauses governing it: negation (<c>not</c>, <c>never</c>
/// on the verb or on a verb it is the infinitive of: "does not want to invade"), hypotheticals (<c>if</c>,
/// <c>unless</c> on the clause or a governing clause; <c>could</c>, <c>might</c>, <c>may</c>, <c>would</c>,
/// <c>should</c>), future (<c>will</c>, <c>shall</c>, <c>going to</c>, verbs of intention governing the
/// infinitive) and questions (the sentence ends with <c>?</c>).
/// </summary>
internal sealed class ModalityReader
{
    private static readonly HashSet<string> Negations = new(StringComparer.Ordinal) { "NOT", "N'T", "N’T", "NEVER", "NO" };
    private static readonly HashSet<string> Possibility = new(StringComparer.Ordinal) { "COULD", "MIGHT", "MAY", "WOULD", "SHOULD", "'D" };
    private static readonly HashSet<string> FutureAuxiliaries = new(StringComparer.Ordinal) { "WILL", "SHALL", "'LL", "WO" };
    private static readonly HashSet<string> Conditions = new(StringComparer.Ordinal) { "IF", "UNLESS", "WHETHER" };
    private static readonly HashSet<string> Intentions = new(StringComparer.Ordinal)
    {
        "WANT", "PLAN", "INTEND", "AIM", "HOPE", "PREPARE", "EXPECT", "THREATEN", "VOW", "PLEDGE", "PROMISE", "SEEK", "TRY", "GO", "DECIDE", "AGREE", "OFFER", "PROPOSE",
    };

    private readonly ParsedSentence _s;
    private readonly bool _question;

    public ModalityReader(ParsedSentence sentence)
    {
        _s = sentence;
        _question = sentence.Count > 0 && sentence.Words[^1] == "?";
    }

    public EventModality Read(int verb)
    {
        bool negated = false, hypothetical = false, future = false;
        var word = verb;
        for (var steps = 0; word >= 0 && steps < 8; steps++)
        {
            ReadMarkers(word, ref negated, ref hypothetical, ref future);
            if (word != verb && _s.Is(verb, "xcomp") && Intentions.Contains(_s.Lemmas[word])) future = true;
            var head = _s.Heads[word];
            if (head < 0) break;
            if (_s.Is(word, "xcomp"))
            {
                word = head;
                continue;
            }
            if (_s.Is(word, "advcl") && hypothetical) break;
            if (_s.Is(word, "conj"))
            {
                // coordinated verbs share auxiliaries written once ("will meet and sign")
                bool n2 = false, h2 = false, f2 = false;
                ReadMarkers(head, ref n2, ref h2, ref f2);
                hypothetical |= h2;
                future |= f2;
            }
            break;
        }
        return new EventModality(negated, hypothetical, future, _question);
    }

    /// <summary>True when the negation is on the verb itself ("did not clash"), not on a verb governing it ("won't try to clash").</summary>
    public bool NegatedItself(int verb)
    {
        bool negated = false, hypothetical = false, future = false;
        ReadMarkers(verb, ref negated, ref hypothetical, ref future);
        return negated;
    }

    private void ReadMarkers(int word, ref bool negated, ref bool hypothetical, ref bool future)
    {
        foreach (var child in _s.Children(word))
        {
            var w = _s.Words[child];
            if ((_s.Is(child, "advmod") || _s.Is(child, "det") || _s.Is(child, "neg")) && Negations.Contains(w)) negated = true;
            else if (_s.Is(child, "aux") && Possibility.Contains(w)) hypothetical = true;
            else if (_s.Is(child, "aux") && FutureAuxiliaries.Contains(w)) future = true;
            else if (_s.Is(child, "mark") && Conditions.Contains(w)) hypothetical = true;
        }
    }
}
