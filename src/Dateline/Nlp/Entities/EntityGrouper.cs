using Dateline.Documents;

namespace Dateline.Nlp.Entities;

/// <summary>
/// Groups a document's mentions into entities. A mention joins an earlier entity of its type when it repeats
/// one of its mentions; a person's single word joins a person whose name begins or ends with that word
/// (<c>Zelenskiy</c> → <c>Volodymyr Zelenskiy</c>), and a full name joins an entity known so far by its surname;
/// an acronym in parentheses right after a name (<c>United States (US)</c>) becomes that entity's alias, as does
/// any acronym made of an entity's initials, and later uses of it join the entity.
/// Groups join on the same word, ignoring a plural <c>s</c>. Entities are numbered e1, e2... by first mention.
/// </summary>
internal static class EntityGrouper
{
    /// <summary>Groups <paramref name="mentions"/> (in text order) of the document text <paramref name="text"/>.</summary>
    public static List<Entity> Group(string text, IReadOnlyList<NameMention> mentions)
    {
        var entities = new List<EntityDraft>();
        var aliases = new Dictionary<string, EntityDraft>(StringComparer.Ordinal);
        NameMention? previous = null;
        EntityDraft? previousEntity = null;
        foreach (var mention in mentions)
        {
            var name = text.Substring(mention.Span.Start, mention.Span.Length);
            EntityDraft? target;
            if (previous is { } p && previousEntity != null && IsParenthesizedAfter(text, p.Span, mention.Span)
                && AcronymMatcher.IsAcronymOf(name, previousEntity.Name))
            {
                target = previousEntity;
                aliases[name] = target;
            }
            else
            {
                target = aliases.GetValueOrDefault(name) ?? FindEarlier(entities, mention.Type, name);
            }
            if (target == null)
            {
                target = new EntityDraft(mention.Type);
                entities.Add(target);
            }
            target.Add(mention.Span, name);
            previous = mention;
            previousEntity = target;
        }
        var result = new List<Entity>(entities.Count);
        for (var i = 0; i < entities.Count; i++)
        {
            result.Add(entities[i].Build("e" + (i + 1).ToString(System.Globalization.CultureInfo.InvariantCulture)));
        }
        return result;
    }

    private static EntityDraft? FindEarlier(List<EntityDraft> entities, EntityType type, string name)
    {
        for (var i = entities.Count - 1; i >= 0; i--)
        {
            var entity = entities[i];
            if (entity.Type != type) continue;
            if (entity.HasMention(name)) return entity;
            if (type == EntityType.Group && SameGroupWord(entity.Name, name)) return entity;
            if (type == EntityType.Person && SharesNameWord(entity, name)) return entity;
            if (type != EntityType.Person && type != EntityType.Group && AcronymMatcher.IsAcronymOf(name, entity.Name)) return entity;
        }
        return null;
    }

    private static bool SharesNameWord(EntityDraft entity, string name)
    {
        var words = name.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var known = entity.Name.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (words.Length == 1 && known.Length > 1) return words[0] == known[^1] || words[0] == known[0];
        if (words.Length > 1 && known.Length == 1) return known[0] == words[^1];
        return false;
    }

    private static bool SameGroupWord(string a, string b) =>
        a == b || a == b + "s" || b == a + "s";

    private static bool IsParenthesizedAfter(string text, TextSpan before, TextSpan after)
    {
        if (after.Start < before.End) return false;
        var between = text.AsSpan(before.End, after.Start - before.End).Trim();
        if (between is not "(") return false;
        var rest = text.AsSpan(after.End).TrimStart();
        return rest.Length > 0 && rest[0] == ')';
    }
}
