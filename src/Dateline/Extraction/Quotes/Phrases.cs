using Dateline.Documents;

namespace Dateline.Extraction.Quotes;

/// <summary>Noun-phrase heads and extents inside a token range, and the entity a phrase names.</summary>
internal static class Phrases
{
    private static readonly string[] LeftRelations = ["det", "amod", "compound", "nmod:poss", "case", "nummod", "flat", "nmod:desc", "nmod:unmarked", "advmod"];
    private static readonly string[] NameLinks = ["compound", "flat", "appos", "nmod:desc", "nmod:unmarked", "flat:name"];
    private static readonly string[] RightRelations = ["flat", "compound", "nmod", "case", "det", "amod", "nmod:poss", "conj", "cc", "nummod"];

    /// <summary>
    /// The head of the noun phrase holding <paramref name="token"/>: climbs compound, modifier and possessive links
    /// while the head stays a noun inside <c>[first, end)</c>.
    /// </summary>
    public static int HeadOf(QuoteDocument d, int token, int first, int end)
    {
        for (var steps = 0; steps < 8; steps++)
        {
            var head = d.Tree.Head(token);
            if (head < first || head >= end || d.Upos[head] is not ("NOUN" or "PROPN")) return token;
            if (!IsAny(d.Tree.Relation(token), LeftRelations) && !d.Tree.HasRelation(token, "flat")) return token;
            token = head;
        }
        return token;
    }

    /// <summary>
    /// The first nominal of <c>[from, to)</c> as a phrase head, or -1. A word of a person or organization mention
    /// counts even when the tagger gave it another part of speech ("Mulally" as an adverb).
    /// </summary>
    public static int FirstNominal(QuoteDocument d, int from, int to, int first, int end)
    {
        for (var t = from; t < to; t++)
        {
            if (d.IsNominal(t)) return HeadOf(d, t, first, end);
            if (NamesParty(d, t)) return t;
        }
        return -1;
    }

    private static bool NamesParty(QuoteDocument d, int token) =>
        d.EntityOf(token) is var e and >= 0 && d.Entities[e].Type is EntityType.Person or EntityType.Organization
        && !d.IsPunct(token);

    /// <summary>
    /// The words of the noun phrase headed by <paramref name="head"/>: the entity mention when it is one, else the
    /// head with its determiners, modifiers and attached prepositional phrases, never past a comma or the range.
    /// </summary>
    public static TextSpan Extent(QuoteDocument d, int head, int first, int end)
    {
        if (d.EntityOf(head) >= 0 && d.Upos[head] is not ("NOUN" or "PRON")) return d.MentionOf(head);
        var left = head;
        while (left - 1 >= first && !d.IsPunct(left - 1) && !IsOwnPreposition(d, left - 1, head) && Reaches(d, left - 1, head, LeftRelations)) left--;
        var right = head;
        while (right + 1 < end && !d.IsPunct(right + 1) && Reaches(d, right + 1, head, RightRelations)) right++;
        return d.SpanOf(left, right);
    }

    /// <summary>
    /// The person a role noun stands beside ("Environment Canada spokeswoman Sujata Raisinghani", "analyst Maryann
    /// Keller", "Washington senator Patty Murray"): a person mention joined to <paramref name="head"/> by compound,
    /// flat, apposition or title links, nearest first; <paramref name="head"/> itself when none is.
    /// </summary>
    public static int NamedPerson(QuoteDocument d, int head, int first, int end)
    {
        if (IsPerson(d, head)) return head;
        int best = -1, bestDistance = int.MaxValue;
        for (var t = Math.Max(first, head - 5); t < Math.Min(end, head + 7); t++)
        {
            if (!IsPerson(d, t) || !(Joined(d, t, head) || Joined(d, head, t))) continue;
            var distance = Math.Abs(t - head);
            if (distance < bestDistance) (best, bestDistance) = (t, distance);
        }
        return best >= 0 ? best : head;
    }

    /// <summary>
    /// The organization a common noun names in apposition ("the US car manufacturer General Motors", "the airline,
    /// Ryanair,"): the nearest organization mention after <paramref name="head"/> joined to it by name or apposition
    /// links; <paramref name="head"/> itself when it already names an entity or none is. An organization before the
    /// noun qualifies a role ("Apple CEO ...") and is not taken.
    /// </summary>
    public static int NamedOrganization(QuoteDocument d, int head, int first, int end)
    {
        if (head < 0 || d.EntityOf(head) >= 0 || d.Upos[head] != "NOUN") return head;
        for (var t = head + 1; t < Math.Min(end, head + 7) && d.Upos[t] != "ADP"; t++) // "CEO of the Council": a role
        {
            if (IsOrganization(d, t) && (Joined(d, t, head) || Joined(d, head, t))) return t;
        }
        return head;
    }

    /// <summary>An organization mention, or a "person" the guard takes for part of an organization's name.</summary>
    private static bool IsOrganization(QuoteDocument d, int token) =>
        d.EntityOf(token) is var e and >= 0 && !d.IsPersonEntity(e)
        && d.Entities[e].Type is EntityType.Organization or EntityType.Person;

    private static bool IsPerson(QuoteDocument d, int token) => d.IsPerson(token);

    private static bool Joined(QuoteDocument d, int from, int to)
    {
        for (var steps = 0; steps < 3 && from >= 0; steps++)
        {
            if (from == to) return true;
            if (!IsAny(d.Tree.Relation(from), NameLinks)) return false;
            from = d.Tree.Head(from);
        }
        return from == to;
    }

    /// <summary>Index of the entity the phrase headed by <paramref name="head"/> names, or -1.</summary>
    public static int EntityOf(QuoteDocument d, int head)
    {
        var entity = d.EntityOf(head);
        if (entity >= 0) return entity;
        if (d.Upos[head] != "PROPN") return -1;
        return EntityByName(d, d.Word(head));
    }

    /// <summary>A person or organization whose name is <paramref name="word"/> or ends with it ("Zelenskiy"), or -1.</summary>
    public static int EntityByName(QuoteDocument d, ReadOnlySpan<char> word)
    {
        var found = -1;
        for (var e = 0; e < d.Entities.Count; e++)
        {
            var entity = d.Entities[e];
            if (entity.Type is not (EntityType.Person or EntityType.Organization)) continue;
            var name = entity.Name.AsSpan();
            var matches = name.Equals(word, StringComparison.Ordinal)
                || (name.EndsWith(word, StringComparison.Ordinal) && name.Length > word.Length && name[name.Length - word.Length - 1] == ' ');
            if (!matches) continue;
            if (d.IsPersonEntity(e)) return e;
            found = found < 0 ? e : found;
        }
        return found;
    }

    private static bool IsOwnPreposition(QuoteDocument d, int token, int head) =>
        d.Tree.Head(token) == head && d.Tree.Relation(token) == "case";

    private static bool Reaches(QuoteDocument d, int token, int head, string[] relations)
    {
        for (var steps = 0; steps < 6 && token >= 0; steps++)
        {
            if (token == head) return true;
            if (!IsAny(d.Tree.Relation(token), relations)) return false;
            if (d.Tree.Relation(token) == "nmod" && !HasAttributivePreposition(d, token)) return false;
            token = d.Tree.Head(token);
        }
        return token == head;
    }

    /// <summary>"adviser to the minister", "head of the agency": prepositions that attach a role, not a time or place of the event.</summary>
    private static bool HasAttributivePreposition(QuoteDocument d, int nmod)
    {
        var marker = d.Tree.FirstChildWith(nmod, "case");
        if (marker < 0) return true;
        var word = d.Word(marker);
        return word.Equals("of", StringComparison.OrdinalIgnoreCase) || word.Equals("to", StringComparison.OrdinalIgnoreCase)
            || word.Equals("for", StringComparison.OrdinalIgnoreCase) || word.Equals("at", StringComparison.OrdinalIgnoreCase)
            || word.Equals("from", StringComparison.OrdinalIgnoreCase) || word.Equals("'s", StringComparison.Ordinal)
            || word.Equals("\u2019s", StringComparison.Ordinal);
    }

    private static bool IsAny(string relation, string[] relations)
    {
        foreach (var r in relations)
        {
            if (relation == r) return true;
        }
        return false;
    }
}
