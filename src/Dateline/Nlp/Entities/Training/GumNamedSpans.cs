using Dateline.Corpora;
using Dateline.Documents;

namespace Dateline.Nlp.Entities.Training;

/// <summary>
/// Derives NER names from GUM mentions. A mention counts as named when its syntactic head (the word whose
/// head lies outside the mention) is a proper noun; a Wikipedia link alone is not enough, because GUM links
/// pronouns and descriptions too. GUM types map person→Person, organization→Organization, place→Location;
/// other types (event, object, abstract, time, ...) are left unlabelled. The name is the run of proper nouns
/// around the head inside the mention (capitalized adjectives and verbs count as proper nouns here: GUM tags the
/// <c>United</c> of <c>United States</c> as a verb),
/// bridged (except in person names) by connectives such as <c>of</c> or <c>&amp;</c>, so determiners, possessive <c>'s</c> and relative clauses
/// stay out, as in UNER. The run does not cross a title word (<c>President</c>, <c>Dr.</c>, any case), and a
/// person name made only of titles (<c>Secretary</c>) is dropped. Names that are only nationality
/// words (<c>Russians</c>) are dropped: they are Group mentions, which the model does not label. Where names
/// overlap, the outermost (longest) one is kept.
/// </summary>
internal static class GumNamedSpans
{
    private static readonly HashSet<string> Bridges =
        new(["of", "&", "de", "du", "da", "del", "della", "von", "van", "der", "den", "la", "le", "for", "the", "-", "on", "upon"], StringComparer.Ordinal);

    /// <summary>The names of one sentence, in order and not overlapping.</summary>
    public static List<NamedSpan> Derive(ConlluSentence sentence, IReadOnlyList<GumMention> mentions, Func<string, bool> isGroupWord, Func<string, bool> isTitle)
    {
        var candidates = new List<NamedSpan>();
        foreach (var mention in mentions)
        {
            if (MapType(mention.EntityType) is not { } type) continue;
            var head = HeadOf(sentence, mention);
            if (!IsProperNoun(sentence, head) || isTitle(sentence.Words[head].Form)) continue;
            var span = Expand(sentence, mention, head, type, isTitle);
            if (!IsOnlyGroupWords(sentence, span, isGroupWord)) candidates.Add(span);
        }
        candidates.Sort((a, b) => a.Length != b.Length ? b.Length.CompareTo(a.Length) : a.Start.CompareTo(b.Start));
        var kept = new List<NamedSpan>();
        foreach (var candidate in candidates)
        {
            if (!kept.Exists(k => k.Start < candidate.End && candidate.Start < k.End)) kept.Add(candidate);
        }
        kept.Sort((a, b) => a.Start.CompareTo(b.Start));
        return kept;
    }

    /// <summary>The model type for a GUM entity type, or null when the model does not label it.</summary>
    public static EntityType? MapType(string gumType) => gumType switch
    {
        "person" => EntityType.Person,
        "organization" => EntityType.Organization,
        "place" => EntityType.Location,
        _ => null,
    };

    private static int HeadOf(ConlluSentence sentence, GumMention mention)
    {
        for (var w = mention.First; w <= mention.Last; w++)
        {
            var head = sentence.Words[w].Head - 1;
            if (head < mention.First || head > mention.Last) return w;
        }
        return mention.First;
    }

    private static NamedSpan Expand(ConlluSentence sentence, GumMention mention, int head, EntityType type, Func<string, bool> isTitle)
    {
        int start = head, end = head;
        while (true)
        {
            if (start - 1 >= mention.First && IsNameWord(sentence, start - 1) && !isTitle(sentence.Words[start - 1].Form)) start--;
            else if (type != EntityType.Person && BridgeLength(sentence, start - 1, -1, mention.First) is var left and > 0) start -= left + 1;
            else break;
        }
        while (true)
        {
            if (end + 1 <= mention.Last && IsNameWord(sentence, end + 1)) end++;
            else if (type != EntityType.Person && BridgeLength(sentence, end + 1, 1, mention.Last) is var right and > 0) end += right + 1;
            else break;
        }
        return new NamedSpan(start, end + 1, type);
    }

    /// <summary>Length of a run of one or two bridge words starting at <paramref name="from"/> and followed, in <paramref name="step"/> direction, by a proper noun inside the mention.</summary>
    private static int BridgeLength(ConlluSentence sentence, int from, int step, int limit)
    {
        for (var length = 1; length <= 2; length++)
        {
            var bridge = from + step * (length - 1);
            var after = from + step * length;
            if (step < 0 ? after < limit : after > limit) return 0;
            if (!Bridges.Contains(sentence.Words[bridge].Form)) return 0;
            if (IsProperNoun(sentence, after)) return length;
        }
        return 0;
    }

    private static bool IsNameWord(ConlluSentence sentence, int word) =>
        IsProperNoun(sentence, word)
        || (sentence.Words[word].Upos is "ADJ" or "VERB" && sentence.Words[word].Form is [var first, ..] && char.IsUpper(first));

    private static bool IsProperNoun(ConlluSentence sentence, int word) =>
        word >= 0 && word < sentence.Words.Count && sentence.Words[word].Upos == "PROPN";

    private static bool IsOnlyGroupWords(ConlluSentence sentence, NamedSpan span, Func<string, bool> isGroupWord)
    {
        for (var w = span.Start; w < span.End; w++)
        {
            if (!isGroupWord(sentence.Words[w].Form)) return false;
        }
        return true;
    }
}
