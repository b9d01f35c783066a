using Dateline.Documents;
using Dateline.Extraction.Quotes;

namespace Dateline.Extraction.Claims;

/// <summary>
/// Who holds a claim made inside a quote: "we"/"I" is the quote's speaker; "they" is the latest earlier
/// speaker that is a group other than the quote's speaker (the media a president answers); a relative
/// pronoun is the noun it attaches to.
/// </summary>
internal static class ClaimHolders
{
    /// <summary>The party named by the subject <paramref name="subject"/> of the reporting verb <paramref name="reporter"/>.</summary>
    public static QuoteParty? Resolve(QuoteDocument d, int subject, int reporter, IReadOnlyList<Quote> quotes, int quoteIndex, int first, int end)
    {
        var quote = quotes[quoteIndex];
        var lemma = d.Lemmas[subject].ToLowerInvariant();
        if (lemma is "i" or "we") return quote.Speaker;
        if (lemma is "which" or "who" or "that" && d.Tree.HasRelation(reporter, "acl")) return Party(d, d.Tree.Head(reporter), first, end);
        if (lemma is "they") return EarlierGroup(d, quotes, quoteIndex) ?? Party(d, subject, first, end);
        return Party(d, subject, first, end);
    }

    /// <summary>
    /// True when a subject pronoun inside a quote refers to its speaker: "I"/"we" in a direct quote, a
    /// third-person pronoun in reported speech ("Russia claimed that it does not want ...").
    /// </summary>
    public static bool IsSelfReference(QuoteDocument d, int subject, QuoteKind kind)
    {
        if (d.Upos[subject] != "PRON") return false;
        var lemma = d.Lemmas[subject].ToLowerInvariant();
        return kind == QuoteKind.Direct ? lemma is "i" or "we" : lemma is "he" or "she" or "it" or "they";
    }

    /// <summary>The phrase headed by <paramref name="head"/> with its entity.</summary>
    public static QuoteParty Party(QuoteDocument d, int head, int first, int end)
    {
        var entity = Phrases.EntityOf(d, head);
        return new QuoteParty(Phrases.Extent(d, head, first, end), entity >= 0 ? d.Entities[entity].Id : null);
    }

    private static QuoteParty? EarlierGroup(QuoteDocument d, IReadOnlyList<Quote> quotes, int quoteIndex)
    {
        var own = quotes[quoteIndex].Speaker;
        for (var i = quoteIndex - 1; i >= 0; i--)
        {
            var speaker = quotes[i].Speaker;
            if (speaker == null || speaker == own || (own != null && speaker.Entity != null && speaker.Entity == own.Entity)) continue;
            if (IsGroup(d, speaker)) return speaker;
        }
        return null;
    }

    private static bool IsGroup(QuoteDocument d, QuoteParty party)
    {
        if (party.Entity != null)
        {
            foreach (var e in d.Entities)
            {
                if (e.Id == party.Entity) return e.Type is EntityType.Group or EntityType.Organization;
            }
        }
        var last = d.FirstTokenAtOrAfter(party.Span.End) - 1;
        return last >= 0 && d.Xpos[last] is "NNS" or "NNPS";
    }
}
