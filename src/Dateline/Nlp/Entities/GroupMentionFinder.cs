using Dateline.Documents;

namespace Dateline.Nlp.Entities;

/// <summary>
/// Finds Group mentions: capitalized words of the demonym list (<c>Russian</c>, <c>Ukrainians</c>, <c>Western</c>)
/// that are not part of a name the model found (<c>Russian Federation</c> stays a Location).
/// Groups come from the project's list rather than from the model, as the training corpora do not label them.
/// </summary>
internal static class GroupMentionFinder
{
    /// <summary>Adds the sentence's Group mentions to <paramref name="mentions"/>.</summary>
    public static void Find(in SentenceText sentence, IReadOnlyList<NamedSpan> names, Gazetteer gazetteer, List<NameMention> mentions)
    {
        for (var i = 0; i < sentence.Count; i++)
        {
            if (IsInside(names, i)) continue;
            var word = sentence.Word(i);
            if (word.Length == 0 || !char.IsUpper(word[0]) || !gazetteer.Contains(Gazetteer.Demonyms, word)) continue;
            var token = sentence.Tokens[sentence.First + i];
            mentions.Add(new NameMention(new TextSpan(token.Start, token.End), EntityType.Group));
        }
    }

    /// <summary>Removes one-word names that are nationality words (the corpora leave them unlabelled).</summary>
    public static void RemoveGroupWords(in SentenceText sentence, List<NamedSpan> names, Gazetteer gazetteer)
    {
        for (var n = names.Count - 1; n >= 0; n--)
        {
            if (names[n].Length == 1 && gazetteer.Contains(Gazetteer.Demonyms, sentence.Word(names[n].Start))) names.RemoveAt(n);
        }
    }

    private static bool IsInside(IReadOnlyList<NamedSpan> names, int index)
    {
        foreach (var name in names)
        {
            if (index >= name.Start && index < name.End) return true;
        }
        return false;
    }
}
