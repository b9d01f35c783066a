using Dateline.Storage.Model;

namespace Dateline.Storage;

/// <summary>
/// The values of every row stored for an article, the same for both backends: what differs is only how the
/// rows travel (<see cref="IRowSink"/>).
/// </summary>
internal static class ArticleRows
{
    /// <summary>The row of a corpus entity, in <see cref="StoreTables.Entities"/> order.</summary>
    public static object?[] Entity(string key, EntityRecord e) => [key, e.Type, e.Name, e.ActorCode];

    /// <summary>The row of a corpus event, in <see cref="StoreTables.Events"/> order.</summary>
    public static object?[] Event(EventKey key, EventRecord e) =>
    [
        key.Value, e.Source?.ActorCode, e.Target?.ActorCode, EventKey.Country(e.Source?.ActorCode), EventKey.Country(e.Target?.ActorCode),
        e.Source?.Text, e.Target?.Text, e.Cameo, e.Root ?? EventKey.RootOf(e.Cameo), (long?)e.QuadClass, e.Goldstein,
        e.PloverType, e.PloverMode, e.PloverContext, key.Date, e.PlaceName, e.CountryCode, e.Lat, e.Lon,
    ];

    /// <summary>The event keys of an article's events, in order.</summary>
    public static EventKey[] EventKeys(ArticleAnalysis article)
    {
        var keys = new EventKey[article.Events.Count];
        for (var i = 0; i < keys.Length; i++) keys[i] = EventKey.Of(article.Events[i], article.Published);
        return keys;
    }

    /// <summary>
    /// Adds the rows that hang off a newly stored article: entity mentions, times, quantities, quotes, event mentions
    /// and claims. <paramref name="entityIds"/> maps entity keys to corpus ids; <paramref name="eventIds"/> gives the
    /// corpus id of each of the article's events, in order.
    /// </summary>
    public static void Write(IRowSink sink, long articleId, ArticleAnalysis article, IReadOnlyDictionary<string, long> entityIds, IReadOnlyList<long> eventIds)
    {
        var entities = Mentions(sink, articleId, article.Entities, entityIds);
        foreach (var t in article.Times)
        {
            sink.Add(StoreTables.Times, articleId, (long)t.Span.Start, (long)t.Span.End, t.Span.Text ?? "", t.Type, t.Value, (long?)t.Sentence);
        }
        foreach (var q in article.Quantities)
        {
            sink.Add(StoreTables.Quantities, articleId, (long)q.Span.Start, (long)q.Span.End, q.Span.Text ?? "", q.Value, q.Kind, q.Unit,
                q.Currency, (long?)q.Sentence);
        }
        foreach (var q in article.Quotes) Quote(sink, articleId, q, entities);
        for (var i = 0; i < article.Events.Count; i++) EventMention(sink, articleId, article.Events[i], eventIds[i]);
        foreach (var c in article.Claims) Claim(sink, articleId, c, entities);
    }

    /// <summary>Adds the mention rows; returns the corpus id of each local entity id.</summary>
    private static Dictionary<string, long> Mentions(IRowSink sink, long articleId, IReadOnlyList<EntityRecord> entities, IReadOnlyDictionary<string, long> entityIds)
    {
        var ids = new Dictionary<string, long>(StringComparer.Ordinal);
        foreach (var entity in entities)
        {
            var id = entityIds[EntityKey.Of(entity.Name, entity.ActorCode)];
            ids[entity.LocalId] = id;
            foreach (var m in entity.Mentions)
            {
                sink.Add(StoreTables.Mentions, articleId, id, entity.LocalId, (long)m.Start, (long)m.End, m.Text ?? "");
            }
        }
        return ids;
    }

    private static void Quote(IRowSink sink, long articleId, QuoteRecord q, Dictionary<string, long> entities)
    {
        var speakerEntity = q.Speaker?.EntityId is { } local && entities.TryGetValue(local, out var sid) ? sid : (long?)null;
        sink.Add(StoreTables.Quotes, articleId, q.LocalId, q.Kind, (long)q.Content.Start, (long)q.Content.End, q.Content.Text ?? "",
            (long?)q.Cue?.Start, (long?)q.Cue?.End, q.Cue?.Text, speakerEntity, q.Speaker?.Text, (long?)q.Speaker?.Span?.Start,
            (long?)q.Speaker?.Span?.End, q.Medium, (long?)q.Sentence);
    }

    private static void EventMention(IRowSink sink, long articleId, EventRecord e, long eventId) =>
        sink.Add(StoreTables.EventMentions, eventId, articleId, e.LocalId, (long?)e.Sentence,
            e.Source?.Text, (long?)e.Source?.Span?.Start, (long?)e.Source?.Span?.End,
            e.Target?.Text, (long?)e.Target?.Span?.Start, (long?)e.Target?.Span?.End,
            e.Negated ? 1L : 0L, e.Hypothetical ? 1L : 0L, e.Future ? 1L : 0L, e.Question ? 1L : 0L,
            e.Speaker?.Text, e.QuoteId, (long)e.Evidence.Start, (long)e.Evidence.End);

    private static void Claim(IRowSink sink, long articleId, ClaimRecord c, Dictionary<string, long> entities)
    {
        var claimant = c.Claimant?.EntityId is { } local && entities.TryGetValue(local, out var cid) ? cid : (long?)null;
        sink.Add(StoreTables.Claims, articleId, c.LocalId, c.Claimant?.Text, claimant, c.ReportedBy,
            c.Cameo, c.Root ?? (c.Cameo is { } code ? EventKey.RootOf(code) : null), c.PloverType,
            c.Polarity, c.Modality, Json.Day(c.TargetDate) ?? c.TargetDate,
            (long?)c.TargetSpan?.Start, (long?)c.TargetSpan?.End, (long)c.Evidence.Start, (long)c.Evidence.End);
    }
}
