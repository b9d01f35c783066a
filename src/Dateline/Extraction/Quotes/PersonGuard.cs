using System.Collections.Frozen;
using Dateline.Documents;

namespace Dateline.Extraction.Quotes;

/// <summary>
/// Guards the quote stage against a PERSON from the recognizer that is really part of an organization's name: the
/// recognizer may read "General" in "General Motors" as a title and keep "Motors" as a person, who would then
/// become the speaker of every "he said". A person is not taken as one when the last word of its name is a word
/// that ends company and body names ("Motors", "Airlines", "Corporation"), or when one of its mentions, with the
/// capitalised word right before it, is the name of an organization in the same document.
/// </summary>
internal static class PersonGuard
{
    private static readonly FrozenSet<string> OrganizationWords = FrozenSet.ToFrozenSet(
    [
        "Motors", "Motor", "Corporation", "Corp", "Inc", "Incorporated", "Company", "Co", "LLC", "Ltd", "Limited", "PLC",
        "AG", "GmbH", "Airlines", "Airways", "Aviation", "Aerospace", "Group", "Bank", "Bancorp", "Systems",
        "Industries", "Holdings", "Technologies", "Electronics", "Communications", "Networks", "Partners", "Capital",
        "Securities", "Investments", "Insurance", "Foods", "Mills", "Dynamics", "Pharmaceuticals", "Agency",
        "Association", "Institute", "University", "Council", "Committee", "Ministry", "Department", "Fund",
        "Foundation", "Commission", "Organization", "Organisation", "Authority", "Office", "Services",
    ], StringComparer.Ordinal);

    /// <summary>For each entity of <paramref name="entities"/>: true when it is a person the quote stage may take as one.</summary>
    public static bool[] People(string text, IReadOnlyList<Entity> entities)
    {
        var people = new bool[entities.Count];
        for (var e = 0; e < entities.Count; e++)
        {
            people[e] = entities[e].Type == EntityType.Person && !LooksLikeOrganization(text, entities, entities[e]);
        }
        return people;
    }

    private static bool LooksLikeOrganization(string text, IReadOnlyList<Entity> entities, Entity person)
    {
        if (IsOrganizationWord(LastWord(person.Name))) return true;
        foreach (var mention in person.Mentions)
        {
            if (IsOrganizationWord(LastWord(text.AsSpan(mention.Start, mention.Length)))) return true;
            var before = CapitalisedWordBefore(text, mention.Start);
            if (before.Length > 0 && NamesOrganization(text, entities, new TextSpan(before.Start, mention.End))) return true;
        }
        return false;
    }

    /// <summary>True when the text of <paramref name="span"/> is the name or a mention of an organization.</summary>
    private static bool NamesOrganization(string text, IReadOnlyList<Entity> entities, TextSpan span)
    {
        var words = text.AsSpan(span.Start, span.Length);
        foreach (var entity in entities)
        {
            if (entity.Type != EntityType.Organization) continue;
            if (words.Equals(entity.Name, StringComparison.Ordinal)) return true;
            foreach (var m in entity.Mentions)
            {
                if (words.Equals(text.AsSpan(m.Start, m.Length), StringComparison.Ordinal)) return true;
            }
        }
        return false;
    }

    /// <summary>The capitalised word separated from <paramref name="start"/> by one space, or an empty span.</summary>
    private static TextSpan CapitalisedWordBefore(string text, int start)
    {
        var end = start - 1;
        if (end <= 0 || text[end] != ' ') return default;
        var first = end;
        while (first > 0 && char.IsLetter(text[first - 1])) first--;
        return first < end && char.IsUpper(text[first]) ? new TextSpan(first, end) : default;
    }

    /// <summary>True when <paramref name="word"/> is a word that ends company and body names ("Motors", "Airlines").</summary>
    public static bool IsOrganizationWord(ReadOnlySpan<char> word) =>
        OrganizationWords.GetAlternateLookup<ReadOnlySpan<char>>().Contains(word);

    private static ReadOnlySpan<char> LastWord(ReadOnlySpan<char> name)
    {
        var trimmed = name.TrimEnd(" .,".AsSpan());
        var space = trimmed.LastIndexOf(' ');
        return space >= 0 ? trimmed[(space + 1)..] : trimmed;
    }
}
