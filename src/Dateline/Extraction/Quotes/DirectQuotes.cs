using Dateline.Documents;

namespace Dateline.Extraction.Quotes;

/// <summary>
/// Direct quotations: each quoted span with the cue found after it in its sentence ("...," she said), else
/// before it ("She said: ..."). A quotation without a cue takes the person of the clause leading into it
/// (<see cref="LeadIn"/>), else the speaker of the quotation just before it in the same or the previous paragraph;
/// a short one without either is a scare quote and is left out.
/// </summary>
internal static class DirectQuotes
{
    private const int MinimumUnattributedWords = 4;
    private const int MinimumEmbeddedWords = 3;
    private const int MaximumWordsAfterHeadCue = 8;
    private const int MaximumWordsAfterNamingVerb = 4;
    private static readonly string[] NamingVerbs = ["call", "dub", "label", "brand", "term", "describe", "praise", "deride", "decry", "hail"];

    /// <summary>Drafts for the quotations that are not part of a reported clause.</summary>
    public static List<QuoteDraft> Find(QuoteDocument d, IReadOnlyList<QuotedSpan> quotations)
    {
        var found = new List<QuoteDraft>();
        for (var i = 0; i < quotations.Count; i++)
        {
            var q = quotations[i];
            var openToken = d.FirstTokenAtOrAfter(q.Content.Start);
            if (openToken >= d.Count) continue;
            var words = Words(d, q);
            var embedded = IsEmbedded(d, d.FirstTokenAtOrAfter(q.Open), openToken);
            if (embedded && Naming(d, d.FirstTokenAtOrAfter(q.Open), q) is { } named)
            {
                found.Add(named); // "called the plan "reckless"": words given to the subject
                continue;
            }
            if (embedded && words < MinimumEmbeddedWords) continue; // a term or scare quote: "a farce"
            var attribution = Tail(d, quotations, i) ?? Head(d, quotations, i);
            var draft = new QuoteDraft(QuoteKind.Direct, q.Content, attribution, d.SentenceOf(openToken));
            if (attribution == null)
            {
                if (embedded || words < MinimumUnattributedWords) continue;
                var previous = found.Count > 0 ? found[^1] : null;
                var lead = TrailingName(d, q) ?? (ContinuesPrevious(d, q, previous) ? null : LeadIn.Read(d, q));
                if (lead != null) draft = draft with { Attribution = lead };
                else if (previous != null && d.ParagraphOf(q.Open) - d.ParagraphOf(previous.Content.Start) <= 1)
                {
                    draft = draft with { Attribution = previous.Attribution, InheritedSpeaker = previous.InheritedSpeaker };
                }
            }
            found.Add(draft);
        }
        return found;
    }

    /// <summary>
    /// '"...," Jane Roe, an analyst at Acme.': a person named right after the closing mark (after a comma or a dash)
    /// in a sentence that goes on without a verb is the source; null otherwise.
    /// </summary>
    private static Attribution? TrailingName(QuoteDocument d, QuotedSpan q)
    {
        var t = d.FirstTokenAtOrAfter(q.Close);
        if (t < d.Count && d.IsPunct(t) && d.Word(t) is "," or "-" or "\u2013" or "\u2014") t++;
        if (t >= d.Count || !d.IsPerson(t) || d.ParagraphOf(d.Tokens[t].Start) != d.ParagraphOf(q.Close - 1)) return null;
        var sentence = d.Sentences[d.SentenceOf(t)];
        if (d.Tokens[sentence.FirstToken].Start >= q.Close) return null; // the name opens a sentence of its own
        for (var v = t; v < sentence.EndToken; v++)
        {
            if (d.IsVerb(v)) return null;
        }
        return new Attribution(new TextSpan(q.Content.End, q.Content.End), -1, t, d.MentionOf(t), [], null);
    }

    /// <summary>True when the quotation follows the sentence of the previous quotation: it carries that speaker over.</summary>
    private static bool ContinuesPrevious(QuoteDocument d, QuotedSpan q, QuoteDraft? previous)
    {
        var before = d.FirstTokenAtOrAfter(q.Open) - 1;
        return previous != null && before >= 0 && d.SentenceOf(before) == previous.Sentence;
    }

    /// <summary>
    /// A quotation right after a verb of naming with a subject ("called the plan "reckless"", "described it as
    /// "a farce"") is a mixed quote: words the subject used; null otherwise.
    /// </summary>
    private static QuoteDraft? Naming(QuoteDocument d, int mark, QuotedSpan q)
    {
        var sentence = d.Sentences[d.SentenceOf(mark)];
        for (var t = mark - 1; t >= sentence.FirstToken && mark - t <= MaximumWordsAfterNamingVerb; t--)
        {
            if (d.Upos[t] != "VERB" || Array.IndexOf(NamingVerbs, d.Lemmas[t].ToLowerInvariant()) < 0) continue;
            if (d.Tree.Subjects(t).Count == 0) return null;
            var attribution = AttributionReader.Read(d, t, sentence.FirstToken, mark, wholeFrame: false);
            return attribution.Speaker < 0 ? null : new QuoteDraft(QuoteKind.Mixed, q.Content, attribution, d.SentenceOf(mark));
        }
        return null;
    }

    /// <summary>True when a word of the same sentence comes right before the opening mark (not a colon or comma).</summary>
    private static bool IsEmbedded(QuoteDocument d, int mark, int firstContentToken)
    {
        var before = mark - 1;
        if (before < 0 || d.SentenceOf(before) != d.SentenceOf(firstContentToken)) return false;
        return !d.IsPunct(before);
    }

    private static int Words(QuoteDocument d, QuotedSpan q)
    {
        var words = 0;
        for (var t = d.FirstTokenAtOrAfter(q.Content.Start); t < d.Count && d.Tokens[t].End <= q.Content.End; t++)
        {
            if (!d.IsPunct(t)) words++;
        }
        return words;
    }

    /// <summary>The attribution after the closing mark, up to the sentence end or the next quotation.</summary>
    private static Attribution? Tail(QuoteDocument d, IReadOnlyList<QuotedSpan> quotations, int index)
    {
        var q = quotations[index];
        var first = d.FirstTokenAtOrAfter(q.Close);
        if (first >= d.Count || q.Close == 0) return null;
        var closing = d.FirstTokenAtOrAfter(q.Close - 1);
        var sentence = d.Sentences[d.SentenceOf(Math.Min(closing, d.Count - 1))];
        var end = sentence.EndToken;
        if (index + 1 < quotations.Count) end = Math.Min(end, d.FirstTokenAtOrAfter(quotations[index + 1].Open));
        if (d.ParagraphOf(d.Tokens[first].Start) != d.ParagraphOf(q.Close - 1)) return null;
        for (var t = first; t < end; t++)
        {
            if (IsCue(d, t)) return AttributionReader.Read(d, t, first, end, wholeFrame: true);
        }
        return null;
    }

    /// <summary>The attribution before the opening mark, from the sentence start or the previous quotation.</summary>
    private static Attribution? Head(QuoteDocument d, IReadOnlyList<QuotedSpan> quotations, int index)
    {
        var q = quotations[index];
        var end = d.FirstTokenAtOrAfter(q.Open);
        if (end >= d.Count) return null;
        var first = d.Sentences[d.SentenceOf(end)].FirstToken;
        if (index > 0) first = Math.Max(first, d.FirstTokenAtOrAfter(quotations[index - 1].Close));
        for (var t = end - 1; t >= first && end - t <= MaximumWordsAfterHeadCue; t--)
        {
            if (IsCue(d, t)) return AttributionReader.Read(d, t, first, end, wholeFrame: true);
        }
        return null;
    }

    private static bool IsCue(QuoteDocument d, int t) =>
        AttributionReader.IsAccordingTo(d, t) || (d.Upos[t] == "VERB" && CueLexicon.AttributesQuotation(d.Lemmas[t]));
}
