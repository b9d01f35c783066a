using Dateline.Documents;

namespace Dateline.Knowledge.Gazetteer;

/// <summary>Which entities of a document name places, and the qualifier each is written with.</summary>
internal static class PlaceEntities
{
    /// <summary>LOCATION entities, and ORGANIZATION entities whose name is a place override (a metonym).</summary>
    public static IReadOnlyList<Entity> Select(Document document, Gazetteer gazetteer)
    {
        var selected = new List<Entity>();
        foreach (var entity in document.Get(Layers.Entities))
        {
            if (entity.Type == EntityType.Location || (entity.Type == EntityType.Organization && gazetteer.HasOverride(entity.Name)))
            {
                selected.Add(entity);
            }
        }
        return selected;
    }

    /// <summary>
    /// The toponym of an entity: a name written <c>Paris, Texas</c> is split; otherwise a mention
    /// followed by a comma and a mention of another place entity takes that entity as its qualifier.
    /// </summary>
    public static Toponym ToponymOf(Document document, Entity entity, IReadOnlyList<Entity> places)
    {
        var parsed = Toponym.Parse(entity.Name);
        if (parsed.Qualifier != null) return parsed;
        foreach (var mention in entity.Mentions)
        {
            var qualifier = QualifierAfter(document, mention, entity, places);
            if (qualifier != null) return parsed with { Qualifier = qualifier };
        }
        return parsed;
    }

    private static string? QualifierAfter(Document document, TextSpan mention, Entity entity, IReadOnlyList<Entity> places)
    {
        var text = document.Text;
        var next = mention.End;
        if (next >= text.Length || text[next] != ',') return null;
        next++;
        while (next < text.Length && text[next] == ' ') next++;
        foreach (var other in places)
        {
            if (ReferenceEquals(other, entity)) continue;
            foreach (var span in other.Mentions)
            {
                if (span.Start == next) return document.TextOf(span);
            }
        }
        return null;
    }
}
