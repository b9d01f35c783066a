using Dateline.Documents;

namespace Dateline.Extraction.Quotes;

/// <summary>
/// Turns drafts into quotes: the speaker phrase with its entity, a pronoun (he, she, they, it) resolved to the
/// latest fitting speaker before it or, failing that, the latest fitting entity mention.
/// </summary>
internal static class SpeakerResolver
{
    /// <summary>Numbers the drafts and settles their speakers, in the order given.</summary>
    public static IReadOnlyList<Quote> Resolve(QuoteDocument d, List<QuoteDraft> drafts)
    {
        var quotes = new List<Quote>(drafts.Count);
        foreach (var draft in drafts)
        {
            var a = draft.Attribution;
            var speaker = draft.InheritedSpeaker ?? (a == null || a.Speaker < 0 ? null : SpeakerOf(d, a, quotes));
            var cue = a?.Cue ?? new TextSpan(draft.Content.End, draft.Content.End);
            var id = "q" + (quotes.Count + 1).ToString(System.Globalization.CultureInfo.InvariantCulture);
            quotes.Add(new Quote(id, draft.Kind, draft.Content, cue, speaker, a?.Via ?? [], a?.Medium, draft.Sentence));
        }
        return quotes;
    }

    private static QuoteParty? SpeakerOf(QuoteDocument d, Attribution a, List<Quote> before)
    {
        var head = a.Speaker;
        if (d.Upos[head] == "PRON")
        {
            return IsAnaphoric(d, head) ? Pronoun(d, head, before) : new QuoteParty(a.SpeakerSpan, null);
        }
        var entity = Phrases.EntityOf(d, head);
        if (entity < 0) entity = TitledPerson(d, head);
        return new QuoteParty(a.SpeakerSpan, entity >= 0 ? d.Entities[entity].Id : null);
    }

    /// <summary>
    /// "the president said": the person an earlier mention gives that title to ("President Volodymyr Zelenskiy"),
    /// for a definite description only; -1 when none or more than one person carries the title.
    /// </summary>
    private static int TitledPerson(QuoteDocument d, int head)
    {
        if (d.Upos[head] != "NOUN" || !HasDefiniteArticle(d, head)) return -1;
        var found = -1;
        for (var e = 0; e < d.Entities.Count; e++)
        {
            if (!d.IsPersonEntity(e)) continue;
            foreach (var mention in d.Entities[e].Mentions)
            {
                if (mention.End > d.Tokens[head].Start) break;
                var before = d.FirstTokenAtOrAfter(mention.Start) - 1;
                if (before < 0 || !d.Lemmas[before].Equals(d.Lemmas[head], StringComparison.OrdinalIgnoreCase)) continue;
                if (found >= 0 && found != e) return -1;
                found = e;
            }
        }
        return found;
    }

    private static bool HasDefiniteArticle(QuoteDocument d, int head)
    {
        foreach (var det in d.Tree.ChildrenWith(head, "det"))
        {
            if (d.Word(det).Equals("the", StringComparison.OrdinalIgnoreCase)) return true;
        }
        return false;
    }

    /// <summary>Third-person personal pronouns point back to a party; "everyone", "I", "this" do not.</summary>
    private static bool IsAnaphoric(QuoteDocument d, int pronoun) =>
        d.Lemmas[pronoun].ToLowerInvariant() is "he" or "she" or "they" or "it";

    /// <summary>The latest fitting party before the pronoun: an earlier speaker or an entity mentioned since.</summary>
    private static QuoteParty Pronoun(QuoteDocument d, int pronoun, List<Quote> before)
    {
        var lemma = d.Lemmas[pronoun].ToLowerInvariant();
        var personal = lemma is "he" or "she" or "i";
        QuoteParty? speaker = null;
        for (var i = before.Count - 1; i >= 0 && speaker == null; i--)
        {
            if (before[i].Speaker is { } s && Fits(d, s, personal)) speaker = s;
        }
        var mention = LatestMention(d, d.Tokens[pronoun].Start, personal, before);
        if (speaker == null) return mention ?? new QuoteParty(d.Tokens[pronoun].Span, null);
        return mention != null && mention.Entity != speaker.Entity && mention.Span.Start > speaker.Span.Start ? mention : speaker;
    }

    private static bool Fits(QuoteDocument d, QuoteParty speaker, bool personal)
    {
        if (speaker.Entity == null)
        {
            var head = d.FirstTokenAtOrAfter(speaker.Span.End) - 1;
            var plural = head >= 0 && d.Xpos[head] is "NNS" or "NNPS";
            return personal ? !plural : plural;
        }
        for (var e = 0; e < d.Entities.Count; e++)
        {
            if (d.Entities[e].Id == speaker.Entity) return personal == d.IsPersonEntity(e);
        }
        return false;
    }

    /// <summary>
    /// The latest fitting mention before the offset outside earlier quotes' words, preferring a subject or its
    /// apposition (the more salient).
    /// </summary>
    private static QuoteParty? LatestMention(QuoteDocument d, int offset, bool personal, List<Quote> quotes)
    {
        QuoteParty? best = null, subject = null;
        for (var index = 0; index < d.Entities.Count; index++)
        {
            if (personal != d.IsPersonEntity(index)) continue;
            var e = d.Entities[index];
            foreach (var m in e.Mentions)
            {
                if (m.End > offset) break;
                if (InsideQuote(m, quotes)) continue; // a party spoken about in earlier reported words is not the next speaker
                if (best == null || m.Start > best.Span.Start) best = new QuoteParty(m, e.Id);
                if (IsSubject(d, m) && (subject == null || m.Start > subject.Span.Start)) subject = new QuoteParty(m, e.Id);
            }
        }
        return subject ?? best;
    }

    private static bool InsideQuote(TextSpan mention, List<Quote> quotes)
    {
        foreach (var q in quotes)
        {
            if (mention.Start >= q.Content.Start && mention.End <= q.Content.End) return true;
        }
        return false;
    }

    private static bool IsSubject(QuoteDocument d, TextSpan mention)
    {
        for (var t = d.FirstTokenAtOrAfter(mention.Start); t < d.Count && d.Tokens[t].End <= mention.End; t++)
        {
            if (IsSubjectPhrase(d, NameHead(d, t))) return true;
        }
        return false;
    }

    /// <summary>Climbs name and apposition links: "chairman Sergei Ignatiev", "the president, Alan Mulally".</summary>
    private static int NameHead(QuoteDocument d, int token)
    {
        for (var steps = 0; steps < 3; steps++)
        {
            var relation = d.Tree.Relation(token);
            if (relation is not ("flat" or "flat:name" or "appos" or "compound") || d.Tree.Head(token) < 0) return token;
            token = d.Tree.Head(token);
        }
        return token;
    }

    /// <summary>A subject, or a noun phrase parsed as the root with its verb hanging below it.</summary>
    private static bool IsSubjectPhrase(QuoteDocument d, int token) =>
        d.Tree.HasRelation(token, "nsubj") || (d.Tree.HasRelation(token, "root") && d.Upos[token] is "NOUN" or "PROPN");
}
