namespace Dateline.Extraction.Quotes;

/// <summary>
/// The person named inside the subject chunk of an attribution. News writing names a source with the person and a
/// description side by side, in either order and often set off by commas: "Jane Roe, an analyst at Acme, said",
/// "said Acme analyst Jane Roe", "said the chief economist at Acme, Jane Roe". A parser may pick the description,
/// the employer or a modifier as the head; the person of the chunk is the speaker.
/// </summary>
internal static class SpeakerChunk
{
    private const int MaximumReach = 14;

    /// <summary>
    /// A person token in the chunk of nominal words around <paramref name="head"/> (names, nouns, modifiers,
    /// prepositions and commas, never a verb, a quotation mark or <paramref name="cue"/>), nearest first;
    /// <paramref name="head"/> itself when it already names a person or the chunk names none.
    /// </summary>
    public static int Person(QuoteDocument d, int head, int cue, int first, int end)
    {
        if (head < 0 || d.Upos[head] == "PRON" || IsPerson(d, head)) return head;
        var sentence = d.SentenceOf(head);
        int best = -1, bestDistance = int.MaxValue;
        for (var t = head - 1; t >= first && head - t <= MaximumReach && InChunk(d, t, cue, sentence); t--)
        {
            if (IsPerson(d, t)) { (best, bestDistance) = (t, head - t); break; }
        }
        for (var t = head + 1; t < end && t - head <= MaximumReach && InChunk(d, t, cue, sentence); t++)
        {
            if (IsPerson(d, t) && t - head < bestDistance) { best = t; break; }
        }
        return best >= 0 ? best : head;
    }

    private static bool InChunk(QuoteDocument d, int t, int cue, int sentence)
    {
        if (t == cue || d.SentenceOf(t) != sentence) return false;
        return d.Upos[t] switch
        {
            "NOUN" or "PROPN" or "ADJ" or "DET" or "ADP" or "NUM" or "CCONJ" or "PART" => true,
            "PUNCT" => IsComma(d, t),
            _ => false,
        };
    }

    private static bool IsComma(QuoteDocument d, int t)
    {
        var w = d.Word(t);
        return w.Length == 1 && w[0] == ',';
    }

    private static bool IsPerson(QuoteDocument d, int token) => d.IsPerson(token);
}
