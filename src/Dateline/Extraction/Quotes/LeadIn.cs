using Dateline.Documents;

namespace Dateline.Extraction.Quotes;

/// <summary>
/// The source of a quotation that has no reporting verb of its own, from the clause that leads into it: a clause
/// ending in a colon, comma or dash right before the opening mark ("the spokeswoman spoke about the incident:",
/// "Rathbun stated,", a header "Secretary Jane Roe:"), else the sentence just before it in the same paragraph
/// ("Roe also said the plan was late. "..."). Only a person or a personal pronoun is taken as the source.
/// </summary>
internal static class LeadIn
{
    /// <summary>The attribution the lead-in clause gives, or null when it names no person.</summary>
    public static Attribution? Read(QuoteDocument d, QuotedSpan q)
    {
        var before = d.FirstTokenAtOrAfter(q.Open) - 1;
        if (before < 0) return null;
        var introduces = IsAny(d.Word(before), ":", ",", "-", "\u2013", "\u2014");
        var paragraphs = d.ParagraphOf(q.Open) - d.ParagraphOf(d.Tokens[before].Start);
        if (paragraphs != 0 && !(paragraphs == 1 && IsAny(d.Word(before), ":", ","))) return null; // "Roe stated:" ends a paragraph
        var sentence = d.Sentences[d.SentenceOf(before)];
        var first = sentence.FirstToken;
        if (!introduces && !IsAny(d.Word(before), ".", "!", "?")) return null;
        if (introduces) first = ClauseStart(d, first, before);
        var speaker = PersonOf(d, FirstSubject(d, first, before), first, before);
        if (speaker < 0 && introduces && before - 1 >= first) speaker = PersonOf(d, before - 1, first, before); // "Secretary Jane Roe: "...""
        if (speaker < 0) return null;
        var verb = d.Tree.Head(speaker);
        var cue = introduces && verb >= first && verb < before && d.Upos[verb] == "VERB"
            ? d.Tokens[verb].Span
            : new TextSpan(q.Content.End, q.Content.End);
        return new Attribution(cue, -1, speaker, Phrases.Extent(d, speaker, first, before), [], null);
    }

    /// <summary>The person (or he/she) a candidate token names through its chunk, or -1.</summary>
    private static int PersonOf(QuoteDocument d, int candidate, int first, int end)
    {
        if (candidate < 0) return -1;
        var speaker = SpeakerChunk.Person(d, Phrases.NamedPerson(d, candidate, first, end), -1, first, end);
        return IsPerson(d, speaker) || IsPersonalPronoun(d, speaker) ? speaker : -1;
    }

    /// <summary>The first token after the last colon or semicolon before <paramref name="end"/>.</summary>
    private static int ClauseStart(QuoteDocument d, int first, int end)
    {
        for (var t = end - 1; t >= first; t--)
        {
            if (d.IsPunct(t) && IsAny(d.Word(t), ":", ";")) return t + 1;
        }
        return first;
    }

    private static int FirstSubject(QuoteDocument d, int first, int end)
    {
        for (var t = first; t < end; t++)
        {
            var head = d.Tree.Head(t);
            if (d.Tree.HasRelation(t, "nsubj") && head >= first && head < end && d.Upos[head] == "VERB") return t;
        }
        return -1;
    }

    private static bool IsPerson(QuoteDocument d, int token) => d.IsPerson(token);

    private static bool IsPersonalPronoun(QuoteDocument d, int token) =>
        d.Upos[token] == "PRON" && d.Lemmas[token].ToLowerInvariant() is "he" or "she";

    private static bool IsAny(ReadOnlySpan<char> word, params ReadOnlySpan<string> options)
    {
        foreach (var option in options)
        {
            if (word.SequenceEqual(option)) return true;
        }
        return false;
    }
}
