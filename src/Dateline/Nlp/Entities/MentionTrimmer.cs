using Dateline.Documents;

namespace Dateline.Nlp.Entities;

/// <summary>
/// Turns a labelled token range into a mention's characters: a leading <c>the</c> and, for persons, leading
/// title words (<c>President</c>, <c>Dr.</c>) are dropped, and so is a trailing possessive (<c>'s</c>, <c>’s</c>, <c>'</c>)
/// whether it is its own token or the end of the last one.
/// </summary>
internal static class MentionTrimmer
{
    /// <summary>The mention's characters, or null when nothing is left after trimming.</summary>
    public static TextSpan? Trim(in SentenceText sentence, NamedSpan span, Gazetteer gazetteer)
    {
        int start = span.Start, end = span.End;
        while (start < end && (IsArticle(sentence.Word(start))
            || (span.Type == EntityType.Person && end - start > 1 && gazetteer.Contains(Gazetteer.Titles, sentence.Word(start)))))
        {
            start++;
        }
        while (end > start && IsPossessive(sentence.Word(end - 1))) end--;
        if (start >= end) return null;
        var first = sentence.Tokens[sentence.First + start];
        var last = sentence.Tokens[sentence.First + end - 1];
        var endChar = last.End;
        var lastText = sentence.Text.AsSpan(last.Start, last.End - last.Start);
        if (lastText.Length > 2 && (lastText.EndsWith("'s", StringComparison.Ordinal) || lastText.EndsWith("’s", StringComparison.Ordinal)))
        {
            endChar -= 2;
        }
        return new TextSpan(first.Start, endChar);
    }

    /// <summary>
    /// Drops title words (<see cref="Gazetteer.Titles"/>) from the front of person names of more than one word,
    /// so <c>Ms Smith</c> becomes <c>Smith</c> as the corpora mark it; a name made only of titles is kept.
    /// </summary>
    public static void TrimTitles(in SentenceText sentence, List<NamedSpan> names, Gazetteer gazetteer)
    {
        for (var k = 0; k < names.Count; k++)
        {
            var name = names[k];
            if (name.Type != EntityType.Person) continue;
            var start = name.Start;
            while (name.End - start > 1 && gazetteer.Contains(Gazetteer.Titles, sentence.Word(start))) start++;
            if (start != name.Start) names[k] = name with { Start = start };
        }
    }

    private static bool IsArticle(ReadOnlySpan<char> word) => word is "the" or "The";

    private static bool IsPossessive(ReadOnlySpan<char> word) => word is "'s" or "’s" or "'" or "’";
}
