using Dateline.Documents;
using Dateline.Extraction.Quotes;
using Dateline.Extraction.Times;

namespace Dateline.Extraction.Claims;

/// <summary>
/// Finds the claims of one document: each event word inside a quote's content, read in its clause; then
/// event words in the article's own voice that are predicted, possible or intended (not plain reports of
/// what happened, which are events).
/// </summary>
internal sealed class ClaimFinder
{
    private readonly QuoteDocument _d;
    private readonly IReadOnlyList<Quote> _quotes;
    private readonly IReadOnlyList<TimeExpression> _times;
    private readonly HashSet<int> _heads = [];
    private readonly List<(Claim Claim, int Order)> _found = [];

    public ClaimFinder(QuoteDocument document, IReadOnlyList<Quote> quotes, IReadOnlyList<TimeExpression> times)
    {
        _d = document;
        _quotes = quotes;
        _times = times;
    }

    /// <summary>The claims in text order, numbered <c>c1</c>, <c>c2</c>, ...</summary>
    public IReadOnlyList<Claim> Find()
    {
        for (var i = 0; i < _quotes.Count; i++) FromQuote(i);
        FromNarrative();
        _found.Sort((a, b) => a.Order.CompareTo(b.Order));
        var claims = new List<Claim>(_found.Count);
        foreach (var (claim, _) in _found)
        {
            claims.Add(claim with { Id = "c" + (claims.Count + 1).ToString(System.Globalization.CultureInfo.InvariantCulture) });
        }
        return claims;
    }

    private void FromQuote(int index)
    {
        var quote = _quotes[index];
        var first = _d.FirstTokenAtOrAfter(quote.Content.Start);
        var last = _d.FirstTokenAtOrAfter(quote.Content.End) - 1;
        for (var t = first; t <= last; t++)
        {
            var clause = Candidate(t, first, last);
            if (clause == null) continue;
            var holder = clause.Reporter >= 0 ? Holder(clause.Reporter, index, first, last) : quote.Speaker;
            Add(clause, holder, new ClaimSource(quote.Id, quote.Speaker), first, last, quote);
        }
    }

    private void FromNarrative()
    {
        foreach (var sentence in _d.Sentences)
        {
            for (var t = sentence.FirstToken; t < sentence.EndToken; t++)
            {
                if (InsideQuote(_d.Tokens[t].Start)) continue;
                var clause = Candidate(t, sentence.FirstToken, sentence.EndToken - 1);
                if (clause == null || clause.Modality == ClaimModality.Assert || clause.Reporter >= 0) continue;
                Add(clause, null, null, sentence.FirstToken, sentence.EndToken - 1, null);
            }
        }
    }

    private ClaimClause? Candidate(int t, int first, int last)
    {
        if (ClaimEvents.Of(_d.Lemmas[t], _d.Upos[t]) == null) return null;
        var clause = ClaimClauses.Analyze(_d, t, first, last);
        return clause == null || !_heads.Add(clause.Head) ? null : clause;
    }

    private void Add(ClaimClause clause, QuoteParty? holder, ClaimSource? source, int first, int last, Quote? quote)
    {
        var (cameo, plover) = ClaimEvents.Of(_d.Lemmas[clause.Trigger], _d.Upos[clause.Trigger])!.Value;
        var evidence = Evidence(clause, first, last);
        var target = DateIn(evidence) ?? (quote != null ? DateOfRelativeCue(quote) : null);
        var ev = new ClaimedEvent(cameo, plover, _d.Lemmas[clause.Trigger], _d.Tokens[clause.Trigger].Span, Actor(clause, first, last, quote));
        var claim = new Claim("", holder, source, ev, clause.Polarity, clause.Modality, target, evidence, _d.SentenceOf(clause.Trigger));
        _found.Add((claim, evidence.Start));
    }

    private bool InsideQuote(int offset)
    {
        foreach (var q in _quotes)
        {
            if (offset >= q.Content.Start && offset < q.Content.End) return true;
        }
        return false;
    }

    /// <summary>The claimed clause: what the reporting verb inside the quote governs, else the clause with its subject.</summary>
    private TextSpan Evidence(ClaimClause clause, int first, int last)
    {
        var sentence = _d.Sentences[_d.SentenceOf(clause.Trigger)];
        first = Math.Max(first, sentence.FirstToken);
        last = Math.Min(last, sentence.EndToken - 1);
        int lo = int.MaxValue, hi = -1;
        if (clause.Reporter >= 0)
        {
            foreach (var child in _d.Tree.ChildrenWith(clause.Reporter, "ccomp", "parataxis", "xcomp", "obl"))
            {
                if (child > clause.Reporter) Cover(child, first, last, ref lo, ref hi);
            }
        }
        if (hi < 0) Cover(clause.Top, first, last, ref lo, ref hi);
        if (hi < 0) return _d.Tokens[clause.Trigger].Span;
        while (lo < hi && (_d.IsPunct(lo) || _d.Lemmas[lo] == "that" && _d.Tree.HasRelation(lo, "mark"))) lo++;
        while (hi > lo && _d.IsPunct(hi)) hi--;
        return _d.SpanOf(lo, hi);
    }

    private void Cover(int token, int first, int last, ref int lo, ref int hi)
    {
        foreach (var t in _d.Tree.Subtree(token))
        {
            if (t < first || t > last) continue;
            lo = Math.Min(lo, t);
            hi = Math.Max(hi, t);
        }
    }

    private ClaimDate? DateIn(TextSpan evidence)
    {
        foreach (var time in _times)
        {
            if (time.Type == TimeType.Date && time.Start >= evidence.Start && time.End <= evidence.End && time.Anchored)
            {
                return new ClaimDate(time.Value, new TextSpan(time.Start, time.End));
            }
        }
        return null;
    }

    /// <summary>"a date several media have claimed that ...": the date the relative clause of the cue describes.</summary>
    private ClaimDate? DateOfRelativeCue(Quote quote)
    {
        if (!quote.HasCue) return null;
        var cue = _d.FirstTokenAtOrAfter(quote.Cue.Start);
        if (!_d.Tree.HasRelation(cue, "acl")) return null;
        var noun = _d.Tree.Head(cue);
        if (noun < 0 || _d.Lemmas[noun] is not ("date" or "day")) return null;
        var sentence = _d.Sentences[_d.SentenceOf(noun)];
        ClaimDate? nearest = null;
        foreach (var time in _times)
        {
            if (time.Type == TimeType.Date && time.Start >= sentence.Start && time.End <= _d.Tokens[noun].Start) nearest = new ClaimDate(time.Value, new TextSpan(time.Start, time.End));
        }
        return nearest;
    }

    /// <summary>
    /// Who would carry the event out: the agent of a passive clause ("attacked by hackers"), else the subject
    /// (a relative pronoun standing for its noun), else an entity owning the event noun ("Russian invasion").
    /// </summary>
    private QuoteParty? Actor(ClaimClause clause, int first, int last, Quote? quote)
    {
        if (_d.Tree.IsPassive(clause.Head))
        {
            var agent = _d.Tree.Agent(clause.Head);
            return agent >= first && agent <= last ? ClaimHolders.Party(_d, agent, first, last + 1) : null;
        }
        foreach (var subject in _d.Tree.Subjects(clause.Top))
        {
            if (_d.Lemmas[subject] is "which" or "that" or "who" && _d.Tree.HasRelation(clause.Top, "acl"))
            {
                var noun = _d.Tree.Head(clause.Top);
                return noun >= first && noun <= last ? ClaimHolders.Party(_d, noun, first, last + 1) : null;
            }
            if (subject < first || subject > last || IsTime(subject)) continue;
            if (quote?.Speaker != null && clause.Reporter < 0 && ClaimHolders.IsSelfReference(_d, subject, quote.Kind)) return quote.Speaker;
            return ClaimHolders.Party(_d, subject, first, last + 1);
        }
        return clause.Trigger != clause.Head ? Owner(clause.Trigger) : null;
    }

    private QuoteParty? Owner(int noun)
    {
        foreach (var child in _d.Tree.ChildrenWith(noun, "nmod:poss", "amod"))
        {
            var entity = _d.EntityOf(child);
            if (entity >= 0) return new QuoteParty(_d.MentionOf(child), _d.Entities[entity].Id);
        }
        return null;
    }

    private bool IsTime(int token)
    {
        var start = _d.Tokens[token].Start;
        foreach (var time in _times)
        {
            if (start >= time.Start && start < time.End) return true;
        }
        return false;
    }

    private QuoteParty? Holder(int reporter, int quoteIndex, int first, int last)
    {
        foreach (var subject in _d.Tree.Subjects(reporter))
        {
            if (subject < first || subject > last) continue;
            return ClaimHolders.Resolve(_d, subject, reporter, _quotes, quoteIndex, first, last + 1);
        }
        return _quotes[quoteIndex].Speaker;
    }
}
