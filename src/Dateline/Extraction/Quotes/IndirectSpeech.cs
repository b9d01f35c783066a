using Dateline.Documents;

namespace Dateline.Extraction.Quotes;

/// <summary>
/// Reported speech without quotation marks: a reporting verb with a clausal complement to its right
/// ("said (that) ..."), a reporting verb in parataxis after the clause ("..., officials said"), and
/// "according to X".
/// </summary>
internal static class IndirectSpeech
{
    private const int MaximumSourceWords = 8;

    /// <summary>Reported clauses whose cue lies outside every quotation.</summary>
    public static List<QuoteDraft> Find(QuoteDocument d, IReadOnlyList<QuotedSpan> quotations)
    {
        var found = new List<QuoteDraft>();
        foreach (var sentence in d.Sentences)
        {
            for (var t = sentence.FirstToken; t < sentence.EndToken; t++)
            {
                if (InsideQuotation(d, t, quotations)) continue;
                var draft = AttributionReader.IsAccordingTo(d, t)
                    ? AccordingTo(d, t, sentence)
                    : d.Upos[t] == "VERB" && CueLexicon.Reporting.Contains(d.Lemmas[t]) ? Reported(d, t, sentence, quotations) : null;
                if (draft != null) found.Add(draft);
            }
        }
        return found;
    }

    /// <summary>True when the token lies inside a quotation's marks.</summary>
    public static bool InsideQuotation(QuoteDocument d, int token, IReadOnlyList<QuotedSpan> quotations)
    {
        var at = d.Tokens[token].Start;
        foreach (var q in quotations)
        {
            if (at > q.Open && at < q.Close - 1) return true;
        }
        return false;
    }

    private static QuoteDraft? Reported(QuoteDocument d, int cue, Sentence sentence, IReadOnlyList<QuotedSpan> quotations)
    {
        int first = int.MaxValue, last = -1;
        bool clause = false, obj = false, xcomp = false;
        var personObject = CueLexicon.TakingAudience.Contains(d.Lemmas[cue]);
        foreach (var child in d.Tree.Children(cue))
        {
            if (child < cue) continue;
            var relation = d.Tree.Relation(child);
            var takes = relation is "ccomp" or "parataxis" || (relation == "xcomp" && obj) || (relation == "obj" && !personObject) || relation == "xcomp";
            if (!takes) continue;
            clause |= relation is "ccomp" or "parataxis";
            obj |= relation == "obj";
            xcomp |= relation == "xcomp";
            var subtree = d.Tree.Subtree(child);
            first = Math.Min(first, subtree[0]);
            last = Math.Max(last, subtree[^1]);
        }
        if (clause || (obj && xcomp)) return Right(d, cue, sentence, Math.Max(first, cue + 1), last);
        if (QuotedBefore(d, cue, sentence, quotations)) return null; // '"...," X said': a direct quotation's cue
        if (IsAfterthought(d, cue)) return Left(d, cue, sentence, d.Tree.Subtree(cue)[0]);
        var before = LeftClause(d, cue);
        return before >= 0 ? Left(d, cue, sentence, before) : null;
    }

    private static bool QuotedBefore(QuoteDocument d, int cue, Sentence sentence, IReadOnlyList<QuotedSpan> quotations)
    {
        foreach (var q in quotations)
        {
            if (q.Close > sentence.Start && q.Close <= d.Tokens[cue].Start) return true;
        }
        return false;
    }

    /// <summary>"..., a spokesman said": the cue hangs off the reported clause before it (parataxis, or an unmarked adverbial clause).</summary>
    private static bool IsAfterthought(QuoteDocument d, int cue)
    {
        var head = d.Tree.Head(cue);
        if (head < 0 || head > cue) return false;
        if (d.Tree.HasRelation(cue, "parataxis")) return true;
        if (!d.Tree.HasRelation(cue, "advcl") || d.Tree.FirstChildWith(cue, "mark") >= 0 || d.Tree.Subjects(cue).Count == 0) return false;
        var start = d.Tree.Subtree(cue)[0];
        return d.IsPunct(start) || (start > 0 && d.IsPunct(start - 1));
    }

    /// <summary>"The army will withdraw, a spokesman said": a clausal complement before the cue; the first token after it, or -1.</summary>
    private static int LeftClause(QuoteDocument d, int cue)
    {
        foreach (var child in d.Tree.ChildrenWith(cue, "ccomp", "parataxis"))
        {
            if (child < cue) return d.Tree.Subtree(child)[^1] + 1;
        }
        return -1;
    }

    private static QuoteDraft? Right(QuoteDocument d, int cue, Sentence sentence, int first, int last)
    {
        while (first <= last && (d.IsPunct(first) || (d.Tree.HasRelation(first, "mark") && d.Lemmas[first] is "that"))) first++;
        while (last >= first && d.IsPunct(last)) last--;
        if (last - first < 1 || IsQuestionOrDirective(d, first)) return null;
        var attribution = AttributionReader.Read(d, cue, sentence.FirstToken, first, wholeFrame: false);
        return new QuoteDraft(QuoteKind.Indirect, d.SpanOf(first, last), attribution, d.SentenceOf(first));
    }

    /// <summary>"did not say whether ...", "told customers to ...": an indirect question or a directive, not a statement.</summary>
    private static bool IsQuestionOrDirective(QuoteDocument d, int first) =>
        d.Lemmas[first].ToLowerInvariant() is "whether" or "if" or "where" or "when" or "how" or "why" or "what" or "who" or "which" or "to";

    private static QuoteDraft? Left(QuoteDocument d, int cue, Sentence sentence, int cueStart)
    {
        int first = sentence.FirstToken, last = cueStart - 1;
        while (first <= last && d.IsPunct(first)) first++;
        while (last >= first && d.IsPunct(last)) last--;
        if (last - first < 2) return null;
        var attribution = AttributionReader.Read(d, cue, last + 1, sentence.EndToken, wholeFrame: false);
        return new QuoteDraft(QuoteKind.Indirect, d.SpanOf(first, last), attribution, d.SentenceOf(first));
    }

    private static QuoteDraft? AccordingTo(QuoteDocument d, int according, Sentence sentence)
    {
        // The phrase runs from "according" to the end of the noun phrase after "to".
        var head = Phrases.FirstNominal(d, according + 2, sentence.EndToken, according + 2, sentence.EndToken);
        if (head < 0) return null;
        var phraseEnd = d.FirstTokenAtOrAfter(Phrases.Extent(d, head, according + 2, sentence.EndToken).End) - 1;
        int first, last, frameFirst, frameEnd;
        if (according - sentence.FirstToken >= sentence.EndToken - phraseEnd - 1)
        {
            (first, last, frameFirst, frameEnd) = (sentence.FirstToken, according - 1, according, sentence.EndToken);
        }
        else
        {
            phraseEnd = SourceEnd(d, phraseEnd, sentence.EndToken);
            (first, last, frameFirst, frameEnd) = (phraseEnd + 1, sentence.EndToken - 1, sentence.FirstToken, phraseEnd + 1);
        }
        while (first <= last && d.IsPunct(first)) first++;
        while (last >= first && d.IsPunct(last)) last--;
        if (last - first < 2) return null;
        var attribution = AttributionReader.Read(d, according, frameFirst, frameEnd, wholeFrame: true);
        return new QuoteDraft(QuoteKind.Indirect, d.SpanOf(first, last), attribution, d.SentenceOf(first));
    }

    /// <summary>
    /// "According to analyst Jane Roe, ...", "According to the team's coach, Jane Roe, ...": the source phrase runs on
    /// over name words up to the comma, and over a person's name set off by commas after it.
    /// </summary>
    private static int SourceEnd(QuoteDocument d, int phraseEnd, int end)
    {
        var t = phraseEnd + 1;
        while (t < end && t - phraseEnd <= MaximumSourceWords && d.Upos[t] is "PROPN" or "NOUN" or "ADJ" or "DET" or "ADP" or "NUM" or "PART") t++;
        if (t >= end || !d.Word(t).SequenceEqual(",")) return phraseEnd;
        var name = t + 1;
        if (name < end && d.IsPerson(name))
        {
            var after = d.FirstTokenAtOrAfter(d.MentionOf(name).End);
            if (after < end && d.Word(after).SequenceEqual(",")) return after - 1;
        }
        return t - 1;
    }
}
