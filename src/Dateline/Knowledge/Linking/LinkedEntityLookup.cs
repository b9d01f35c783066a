using Dateline.Documents;

namespace Dateline.Knowledge.Linking;

/// <summary>Finds linked entities by position, for stages that start from a token or a span (quotes, events).</summary>
public static class LinkedEntityLookup
{
    /// <summary>The linked entity and mention overlapping <paramref name="span"/> (the first in text order), or null when none or when linking did not run.</summary>
    public static (LinkedEntity Entity, LinkedMention Mention)? Find(Document document, TextSpan span)
    {
        ArgumentNullException.ThrowIfNull(document);
        if (!document.TryGet(LinkingLayers.EntityLinks, out var links)) return null;
        (LinkedEntity, LinkedMention)? best = null;
        var bestStart = int.MaxValue;
        foreach (var entity in links)
        {
            foreach (var mention in entity.Mentions)
            {
                if (!mention.Span.Overlaps(span) || mention.Span.Start >= bestStart) continue;
                best = (entity, mention);
                bestStart = mention.Span.Start;
            }
        }
        return best;
    }

    /// <summary>The actor of the mention overlapping <paramref name="span"/>: the mention's own, else its entity's; null when none.</summary>
    public static ActorLink? ActorAt(Document document, TextSpan span) =>
        Find(document, span) is var (entity, mention) ? mention.Actor ?? entity.Actor : null;
}
