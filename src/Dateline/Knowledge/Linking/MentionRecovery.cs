using Dateline.Documents;

namespace Dateline.Knowledge.Linking;

/// <summary>
/// Finds mentions the recognizer missed: every whole-word occurrence of a name an entity is already mentioned by
/// (and of a person's family name) that overlaps no other mention, such as <c>Zelenskiy</c> in
/// <c>Zelenskiy's remarks</c>. A name two entities share is left alone.
/// </summary>
internal static class MentionRecovery
{
    private const int MinNameLength = 3;

    public static void Recover(string text, IReadOnlyList<LinkDraft> drafts)
    {
        var occupied = new List<TextSpan>();
        foreach (var draft in drafts)
        {
            foreach (var mention in draft.Mentions) occupied.Add(mention.Span);
        }
        var owners = NameOwners(text, drafts);
        foreach (var (name, owner) in owners)
        {
            if (owner < 0) continue;
            var draft = drafts[owner];
            var added = false;
            for (var at = text.IndexOf(name, StringComparison.Ordinal); at >= 0; at = text.IndexOf(name, at + 1, StringComparison.Ordinal))
            {
                var span = new TextSpan(at, at + name.Length);
                if (!IsWholeWord(text, span) || Overlaps(occupied, span)) continue;
                occupied.Add(span);
                draft.Mentions.Add(new MentionDraft(span, true));
                added = true;
            }
            if (added) draft.Mentions.Sort((a, b) => a.Span.Start.CompareTo(b.Span.Start));
        }
    }

    /// <summary>Each searchable name with the index of the one draft that owns it (-1 when shared).</summary>
    private static List<(string Name, int Owner)> NameOwners(string text, IReadOnlyList<LinkDraft> drafts)
    {
        var owners = new Dictionary<string, int>(StringComparer.Ordinal);
        var order = new List<string>();
        for (var i = 0; i < drafts.Count; i++)
        {
            foreach (var name in NamesOf(text, drafts[i]))
            {
                if (owners.TryGetValue(name, out var owner))
                {
                    if (owner != i) owners[name] = -1;
                    continue;
                }
                owners.Add(name, i);
                order.Add(name);
            }
        }
        var result = new List<(string, int)>(order.Count);
        foreach (var name in order) result.Add((name, owners[name]));
        return result;
    }

    private static IEnumerable<string> NamesOf(string text, LinkDraft draft)
    {
        foreach (var mention in draft.Mentions)
        {
            var name = NameForms.StripPossessive(text.Substring(mention.Span.Start, mention.Span.Length));
            if (IsSearchable(name)) yield return name;
        }
        if (draft.IsPerson && NameForms.FamilyName(draft.Canonical) is { } family && IsSearchable(family)) yield return family;
    }

    private static bool IsSearchable(string name) => name.Length >= MinNameLength && char.IsUpper(name[0]);

    private static bool IsWholeWord(string text, TextSpan span) =>
        (span.Start == 0 || !char.IsLetterOrDigit(text[span.Start - 1])) &&
        (span.End == text.Length || !char.IsLetterOrDigit(text[span.End]));

    private static bool Overlaps(List<TextSpan> spans, TextSpan span)
    {
        foreach (var other in spans)
        {
            if (other.Overlaps(span)) return true;
        }
        return false;
    }
}
