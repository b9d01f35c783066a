using Dateline.Extraction.Quotes;

namespace Dateline.Extraction.Claims;

/// <summary>Reads the clause of an event word from the dependency parse: head, intent verb, modal, negation, reporting verb.</summary>
internal static class ClaimClauses
{
    private static readonly string[] IntentVerbs = ["want", "plan", "intend", "aim", "seek", "try", "prepare", "threaten", "decide", "wish", "mean", "refuse"];
    private static readonly string[] PredictVerbs = ["expect", "likely", "set", "due", "poised"];

    /// <summary>The clause of <paramref name="trigger"/> inside tokens <c>[first, last]</c>, or null for a hypothetical ("if it invades").</summary>
    public static ClaimClause? Analyze(QuoteDocument d, int trigger, int first, int last)
    {
        var head = ClauseHead(d, trigger, first, last);
        if (head < 0 || IsConditional(d, head)) return null;
        var parent = d.Tree.Head(head);
        var wrapper = d.Tree.HasRelation(head, "xcomp") && parent >= first && parent <= last
            && Array.IndexOf(IntentVerbs, d.Lemmas[parent]) >= 0 ? parent : -1;
        var predicted = d.Tree.HasRelation(head, "xcomp") && parent >= 0 && Array.IndexOf(PredictVerbs, d.Lemmas[parent]) >= 0;
        var modality = wrapper >= 0 ? ClaimModality.Intend : ModalityOf(d, head, trigger, predicted ? parent : -1);
        var negative = d.Tree.IsNegated(head) || (wrapper >= 0 && d.Tree.IsNegated(wrapper)) || (trigger != head && d.Tree.IsNegated(trigger))
            || (predicted && d.Tree.IsNegated(parent));
        var top = wrapper >= 0 ? wrapper : head;
        return new ClaimClause(trigger, head, wrapper, ReporterOf(d, top, first, last), modality, negative ? ClaimPolarity.Negative : ClaimPolarity.Positive);
    }

    /// <summary>
    /// The clause head of an event word, or -1 when the word is not predicated: a verb heads its own clause
    /// unless it is a bare participle modifying a noun ("troops deployed near the border"); a noun counts as
    /// the subject or object of a verb, or as the complement of a copular predicate ("the day of the attack").
    /// </summary>
    private static int ClauseHead(QuoteDocument d, int token, int first, int last)
    {
        if (d.Upos[token] == "VERB") return IsBareParticiple(d, token) || IsBareInfinitive(d, token) ? -1 : token;
        if (d.Tree.Copula(token) >= 0) return token;
        var head = d.Tree.Head(token);
        if (head < first || head > last) return -1;
        var relation = d.Tree.Relation(token);
        if (relation is "obj" or "nsubj" or "nsubj:pass" && d.Upos[head] == "VERB")
        {
            return CueLexicon.AttributesQuotation(d.Lemmas[head]) ? -1 : head; // "telling us the attack": a report, not the event's clause
        }
        return relation == "nmod" && d.Tree.Copula(head) >= 0 ? head : -1;
    }

    /// <summary>"to fight the fire" with no subject, under a verb that is not one of intent (purpose clauses, complements of nouns).</summary>
    private static bool IsBareInfinitive(QuoteDocument d, int verb)
    {
        var to = d.Tree.FirstChildWith(verb, "mark");
        if (to < 0 || !d.Word(to).Equals("to", StringComparison.OrdinalIgnoreCase) || d.Tree.Subjects(verb).Count > 0) return false;
        var parent = d.Tree.Head(verb);
        var intent = parent >= 0 && d.Tree.HasRelation(verb, "xcomp")
            && (Array.IndexOf(IntentVerbs, d.Lemmas[parent]) >= 0 || Array.IndexOf(PredictVerbs, d.Lemmas[parent]) >= 0);
        return !intent;
    }

    private static bool IsBareParticiple(QuoteDocument d, int verb) =>
        d.Xpos[verb] is "VBN" or "VBG" && d.Tree.Auxiliaries(verb).Count == 0 && d.Tree.Subjects(verb).Count == 0;

    private static bool IsConditional(QuoteDocument d, int head)
    {
        foreach (var mark in d.Tree.ChildrenWith(head, "mark"))
        {
            if (d.Lemmas[mark] is "if" or "unless" or "whether") return true;
        }
        return false;
    }

    private static ClaimModality ModalityOf(QuoteDocument d, int head, int trigger, int predictVerb)
    {
        var modality = Auxiliaries(d, head) ?? (predictVerb >= 0 ? Auxiliaries(d, predictVerb) ?? ClaimModality.Predict : null);
        if (modality != null) return modality.Value;
        foreach (var modifier in d.Tree.ChildrenWith(trigger, "amod"))
        {
            if (d.Lemmas[modifier] is "potential" or "possible" or "likely") return ClaimModality.Possible;
            if (d.Lemmas[modifier] is "imminent" or "planned" or "coming" or "upcoming") return ClaimModality.Predict;
        }
        return ClaimModality.Assert;
    }

    private static ClaimModality? Auxiliaries(QuoteDocument d, int head)
    {
        foreach (var aux in d.Tree.Auxiliaries(head))
        {
            var word = d.Word(aux);
            if (Is(word, "will") || Is(word, "shall") || Is(word, "'ll") || Is(word, "wo") || Is(word, "would") || Is(word, "going")) return ClaimModality.Predict;
            if (Is(word, "could") || Is(word, "might") || Is(word, "may") || Is(word, "can") || Is(word, "ca")) return ClaimModality.Possible;
        }
        return null;
    }

    private static bool Is(ReadOnlySpan<char> word, string wanted) => word.Equals(wanted, StringComparison.OrdinalIgnoreCase);

    private static int ReporterOf(QuoteDocument d, int top, int first, int last)
    {
        var token = top;
        for (var steps = 0; steps < 3; steps++)
        {
            token = d.Tree.Head(token);
            if (token < first || token > last) return -1;
            if (d.Upos[token] == "VERB" && (CueLexicon.Reporting.Contains(d.Lemmas[token]) || CueLexicon.Claiming.Contains(d.Lemmas[token]))) return token;
        }
        return -1;
    }
}
