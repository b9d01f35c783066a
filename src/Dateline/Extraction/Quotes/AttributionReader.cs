using Dateline.Documents;

namespace Dateline.Extraction.Quotes;

/// <summary>
/// Reads the source of a quote from the words around its cue, inside a frame of tokens that holds no quoted
/// words: the speaker (the cue's subject; the object of <c>quoted X as saying</c>; the phrase after
/// <c>according to</c>; else the nearest noun phrase), the outlets in between and the medium.
/// </summary>
internal static class AttributionReader
{
    /// <summary>Reads the attribution around <paramref name="cue"/> in the frame <c>[first, end)</c>.</summary>
    public static Attribution Read(QuoteDocument d, int cue, int first, int end, bool wholeFrame)
    {
        cue = QuotingVerb(d, cue, first, end);
        var lemma = d.Lemmas[cue];
        var according = IsAccordingTo(d, cue);
        var speaker = according ? Phrases.FirstNominal(d, cue + 2, end, first, end) : SpeakerOf(d, cue, lemma, first, end);
        if (speaker >= 0) speaker = SpeakerChunk.Person(d, Phrases.NamedPerson(d, speaker, first, end), cue, first, end);
        if (speaker >= 0) speaker = Phrases.NamedOrganization(d, speaker, first, end);
        var speakerSpan = speaker >= 0 ? Phrases.Extent(d, speaker, first, end) : default;
        var via = new List<QuoteParty>(); // "according to Reuters": the outlet is the source itself, the speaker
        QuoteMedium? medium = lemma.Equals("tweet", StringComparison.OrdinalIgnoreCase) ? QuoteMedium.SocialPost : null;
        for (var t = first; t < end; t++)
        {
            if (!wholeFrame && !Descends(d, t, cue)) continue;
            if (speakerSpan.Length > 0 && d.Tokens[t].Start >= speakerSpan.Start && d.Tokens[t].End <= speakerSpan.End) continue;
            AddOutlet(d, t, via);
            medium ??= MediumAt(d, t, first, end);
        }
        var cueSpan = according ? d.SpanOf(cue, cue + 1) : d.Tokens[cue].Span;
        return new Attribution(cueSpan, cue, speaker, speakerSpan, via, medium);
    }

    /// <summary>True when the token is "according" followed by "to".</summary>
    public static bool IsAccordingTo(QuoteDocument d, int token) =>
        token + 1 < d.Count && d.Word(token).Equals("according", StringComparison.OrdinalIgnoreCase)
        && d.Word(token + 1).Equals("to", StringComparison.OrdinalIgnoreCase);

    /// <summary>For "saying" in "quoted X as saying", the verb "quoted"; otherwise the cue itself.</summary>
    private static int QuotingVerb(QuoteDocument d, int cue, int first, int end)
    {
        if (!d.Lemmas[cue].Equals("say", StringComparison.OrdinalIgnoreCase)) return cue;
        var up = cue;
        for (var steps = 0; steps < 2; steps++)
        {
            up = d.Tree.Head(up);
            if (up < first || up >= end) return cue;
            if (d.Upos[up] == "VERB" && d.Lemmas[up].Equals("quote", StringComparison.OrdinalIgnoreCase)) return up;
        }
        return cue;
    }

    private static int SpeakerOf(QuoteDocument d, int cue, string lemma, int first, int end)
    {
        if (lemma.Equals("quote", StringComparison.OrdinalIgnoreCase))
        {
            var quoted = d.Tree.FirstChildWith(cue, "obj");
            if (quoted >= first && quoted < end) return quoted;
        }
        foreach (var subject in d.Tree.Subjects(cue))
        {
            if (subject < first || subject >= end) continue;
            if (IsRelativePronoun(d, subject) && d.Tree.HasRelation(cue, "acl")) return d.Tree.Head(cue);
            var head = d.Upos[subject] is "DET" or "ADJ" ? Phrases.HeadOf(d, subject, first, end) : subject;
            return NameBeforeVerb(d, head, cue, first) is var name and >= 0 ? name : head;
        }
        var before = Phrases.FirstNominal(d, first, cue, first, end);
        if (before >= 0) return Appositive(d, before, first, end);
        var after = Phrases.FirstNominal(d, cue + 1, Math.Min(end, cue + 6), first, end);
        if (after < 0) return -1;
        var person = SpeakerChunk.Person(d, after, cue, first, end);
        return person != after || !IsAudience(d, after, cue) ? person : -1; // "said analyst Jane Roe": not an audience
    }

    /// <summary>
    /// "The US car manufacturer General Motors said", "United States automobile company General Motors announced":
    /// a parser may take the description (or a place modifying it) for the subject; the person or organization named
    /// right before the verb, in the same run of nominal words, is the speaker. -1 when there is none or the subject
    /// already names a person.
    /// </summary>
    private static int NameBeforeVerb(QuoteDocument d, int subject, int cue, int first)
    {
        if (d.Upos[subject] == "PRON" || d.IsPerson(subject)) return -1;
        var t = cue - 1;
        while (t > subject && d.Upos[t] is "AUX" or "ADV" or "PART" || (t > subject && IsComma(d, t))) t--;
        if (t <= subject || t < first) return -1;
        if (d.EntityOf(t) < 0) return UnrecognisedName(d, subject, t);
        if (d.EntityOf(t) == d.EntityOf(subject)) return -1;
        if (d.Entities[d.EntityOf(t)].Type is not (EntityType.Person or EntityType.Organization)) return -1;
        for (var between = subject + 1; between < t; between++)
        {
            if (d.Upos[between] is not ("NOUN" or "PROPN" or "ADJ" or "NUM")) return -1; // "a spokesman for Boeing": not the speaker
        }
        return t;
    }

    /// <summary>
    /// "coauthor Colette Heald told", "European Commissioner for Competition Neelie Kroes said": a run of two or more
    /// capitalised proper nouns in no entity, ending right before the verb after a role noun, is a name the
    /// recognizer missed; -1 otherwise (or when its last word ends organization names).
    /// </summary>
    private static int UnrecognisedName(QuoteDocument d, int subject, int last)
    {
        if (d.Upos[subject] != "NOUN" && d.EntityOf(subject) < 0) return -1;
        var start = last;
        while (start - 1 > subject && d.Upos[start - 1] == "PROPN" && d.EntityOf(start - 1) < 0) start--;
        if (last - start < 1 || d.Lemmas[start - 1].Equals("the", StringComparison.OrdinalIgnoreCase)) return -1;
        for (var t = start; t <= last; t++)
        {
            if (d.Upos[t] != "PROPN" || !char.IsUpper(d.Word(t)[0])) return -1;
        }
        return PersonGuard.IsOrganizationWord(d.Word(last)) ? -1 : last;
    }

    private static bool IsComma(QuoteDocument d, int t) => d.Word(t) is ",";

    private static int Appositive(QuoteDocument d, int head, int first, int end)
    {
        if (d.EntityOf(head) >= 0) return head;
        var appos = d.Tree.FirstChildWith(head, "appos");
        return appos >= first && appos < end && d.EntityOf(appos) >= 0 ? appos : head;
    }

    private static bool IsAudience(QuoteDocument d, int token, int cue) =>
        CueLexicon.TakingAudience.Contains(d.Lemmas[cue]) && d.Tree.Head(token) == cue
        && (d.Tree.HasRelation(token, "obj") || d.Tree.HasRelation(token, "iobj"));

    private static bool IsRelativePronoun(QuoteDocument d, int token) =>
        d.Lemmas[token] is "which" or "who" or "that" or "whom";

    private static bool Descends(QuoteDocument d, int token, int ancestor)
    {
        for (var steps = 0; steps < 12 && token >= 0; steps++)
        {
            if (token == ancestor) return true;
            token = d.Tree.Head(token);
        }
        return false;
    }

    private static void AddOutlet(QuoteDocument d, int t, List<QuoteParty> via)
    {
        var e = d.EntityOf(t);
        if (e >= 0)
        {
            var mention = d.MentionOf(t);
            if (d.Entities[e].Type != EntityType.Organization || Holds(via, mention)) return;
            if (OutletLexicon.IsOutlet(d.Text.AsSpan(mention.Start, mention.Length))) via.Add(new QuoteParty(mention, d.Entities[e].Id));
            return;
        }
        if (d.Upos[t] == "PROPN" && OutletLexicon.IsOutlet(d.Word(t))) via.Add(new QuoteParty(d.Tokens[t].Span, null));
    }

    private static bool Holds(List<QuoteParty> via, TextSpan span)
    {
        foreach (var party in via)
        {
            if (party.Span == span) return true;
        }
        return false;
    }

    private static QuoteMedium? MediumAt(QuoteDocument d, int t, int first, int end)
    {
        if (d.Upos[t] is not ("NOUN" or "PROPN" or "VERB" or "ADJ")) return null;
        var previous = t - 1 >= first ? d.Lemmas[t - 1].ToLowerInvariant() : null;
        var next = t + 1 < end ? d.Lemmas[t + 1].ToLowerInvariant() : null;
        return MediumLexicon.Of(d.Lemmas[t].ToLowerInvariant(), previous, next);
    }
}
