using Dateline.Documents;

namespace Dateline.Extraction.Quotes;

/// <summary>
/// Puts the quote finders together: reported clauses first, so that quoted words inside one make it a mixed
/// quote; then direct quotations; then speakers are settled in text order, pronouns taking the speaker before.
/// </summary>
internal static class QuoteFinder
{
    private const int MixedOutsideWords = 2;

    /// <summary>The quotes of a document in text order, numbered <c>q1</c>, <c>q2</c>, ...</summary>
    public static IReadOnlyList<Quote> Find(QuoteDocument d)
    {
        var quotations = TopLevel(QuoteMarks.Find(d.Text));
        var reported = IndirectSpeech.Find(d, quotations);
        var standalone = new List<QuotedSpan>();
        foreach (var q in quotations)
        {
            if (!MakesMixed(d, q, reported)) standalone.Add(q);
        }
        var direct = DirectQuotes.Find(d, standalone);
        var drafts = new List<QuoteDraft>(direct);
        foreach (var draft in reported)
        {
            if (!SharesCue(draft, direct) && !IsMostlyQuotation(d, draft, standalone)) drafts.Add(Mixed(draft, quotations));
        }
        drafts.Sort((a, b) => a.Content.Start.CompareTo(b.Content.Start));
        return SpeakerResolver.Resolve(d, drafts);
    }

    private static List<QuotedSpan> TopLevel(List<QuotedSpan> spans)
    {
        var top = new List<QuotedSpan>();
        foreach (var s in spans)
        {
            if (!s.Nested && s.Content.Length > 0) top.Add(s);
        }
        return top;
    }

    private static bool MakesMixed(QuoteDocument d, QuotedSpan q, List<QuoteDraft> reported)
    {
        foreach (var draft in reported)
        {
            var reach = new TextSpan(draft.Content.Start, Math.Max(draft.Content.End, q.Close));
            var inside = q.Content.IsInside(draft.Content) || (q.Content.Start >= draft.Content.Start && q.Content.Start < draft.Content.End);
            if (inside && WordsOutside(d, reach, q) >= MixedOutsideWords) return true;
        }
        return false;
    }

    private static bool IsMostlyQuotation(QuoteDocument d, QuoteDraft draft, List<QuotedSpan> standalone)
    {
        foreach (var q in standalone)
        {
            if (q.Content.Overlaps(draft.Content) && WordsOutside(d, draft.Content, q) < MixedOutsideWords) return true;
        }
        return false;
    }

    private static bool SharesCue(QuoteDraft draft, List<QuoteDraft> direct)
    {
        foreach (var other in direct)
        {
            if (other.Attribution != null && other.Attribution.CueToken == draft.Attribution?.CueToken) return true;
        }
        return false;
    }

    /// <summary>A reported clause holding quoted words is mixed; one that stops inside a quotation is extended to its end.</summary>
    private static QuoteDraft Mixed(QuoteDraft draft, List<QuotedSpan> quotations)
    {
        foreach (var q in quotations)
        {
            if (q.Content.Start < draft.Content.End && q.Close > draft.Content.End && q.Content.Start >= draft.Content.Start)
            {
                draft = draft with { Content = new TextSpan(draft.Content.Start, q.Close) };
            }
            if (q.Content.IsInside(draft.Content)) draft = draft with { Kind = QuoteKind.Mixed };
        }
        return draft;
    }

    private static int WordsOutside(QuoteDocument d, TextSpan content, QuotedSpan q)
    {
        var words = 0;
        for (var t = d.FirstTokenAtOrAfter(content.Start); t < d.Count && d.Tokens[t].End <= content.End; t++)
        {
            var start = d.Tokens[t].Start;
            if (!d.IsPunct(t) && (start < q.Open || start >= q.Close)) words++;
        }
        return words;
    }
}
