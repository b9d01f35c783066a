using Dateline.Storage.Dedup;
using Dateline.Storage.Model;

namespace Dateline.Storage;

/// <summary>
/// Writes a batch article by article, inside the batch's transaction (the SQLite writer: statements are
/// in-process calls there, so they are not worth gathering). Corpus-level rows (entities, events) are found or
/// created by key, with their ids remembered; article rows are new by construction and are deferred.
/// </summary>
internal sealed class ArticleRowWriter(SqlSession session, IStoreDialect dialect) : IBatchWriter
{
    /// <summary>GDELT's counters of an event, recounted from its mentions.</summary>
    private const string RecountEvent =
        "UPDATE events SET " +
        "num_mentions = (SELECT count(*) FROM event_mentions m WHERE m.event_id = @id), " +
        "num_articles = (SELECT count(DISTINCT m.article_id) FROM event_mentions m WHERE m.event_id = @id), " +
        "num_sources = (SELECT count(DISTINCT coalesce(a.source, '')) FROM event_mentions m JOIN articles a ON a.id = m.article_id WHERE m.event_id = @id), " +
        "num_stories = (SELECT count(DISTINCT a.cluster_id) FROM event_mentions m JOIN articles a ON a.id = m.article_id WHERE m.event_id = @id), " +
        "first_seen = (SELECT min(a.published) FROM event_mentions m JOIN articles a ON a.id = m.article_id WHERE m.event_id = @id), " +
        "last_seen = (SELECT max(a.published) FROM event_mentions m JOIN articles a ON a.id = m.article_id WHERE m.event_id = @id) " +
        "WHERE id = @id";

    private const int MaxRemembered = 200_000;
    private readonly HashSet<long> _touchedEvents = [];
    private readonly Dictionary<string, long> _entityIds = new(StringComparer.Ordinal);
    private readonly Dictionary<string, long> _eventIds = new(StringComparer.Ordinal);
    private readonly DeferredRowSink _rows = new(session);

    public void Forget()
    {
        _entityIds.Clear();
        _eventIds.Clear();
        _touchedEvents.Clear();
    }

    public StoreBatchResult Write(IReadOnlyList<ArticleAnalysis> batch)
    {
        int added = 0, skipped = 0, events = 0, syndicated = 0;
        foreach (var article in batch)
        {
            if (Write(article) is not { } stored)
            {
                skipped++;
                continue;
            }
            added++;
            events += article.Events.Count;
            if (stored.Syndicated) syndicated++;
        }
        foreach (var id in _touchedEvents) session.Defer(RecountEvent, ("@id", id));
        _touchedEvents.Clear();
        session.Flush();
        return new StoreBatchResult(added, skipped, events, syndicated);
    }

    /// <summary>Stores the article; returns null when it is already stored, else (article id, joined an existing story).</summary>
    private (long Id, bool Syndicated)? Write(ArticleAnalysis article)
    {
        if (IsStored(article)) return null;
        if (_entityIds.Count > MaxRemembered) _entityIds.Clear();
        if (_eventIds.Count > MaxRemembered) _eventIds.Clear();
        session.Flush();
        var (cluster, syndicated) = FindCluster(article.Signature);
        var id = session.Scalar(
            "INSERT INTO articles (content_hash, external_id, url, title, source, published, cluster_id, minhash, text, text_length, analysis_json) " +
            "VALUES (@h, @x, @u, @t, @s, @p, @c, @m, @text, @len, @json) ON CONFLICT DO NOTHING RETURNING id",
            ("@h", article.ContentHash), ("@x", article.ExternalId), ("@u", article.Url), ("@t", article.Title),
            ("@s", article.Source), ("@p", article.Published), ("@c", cluster), ("@m", article.Signature?.ToBytes()),
            ("@text", article.Text), ("@len", (long)article.Text.Length), ("@json", article.Json));
        if (id is null) return null;
        var articleId = Convert.ToInt64(id, System.Globalization.CultureInfo.InvariantCulture);
        dialect.IndexArticle(session, articleId, article.Title, article.Text);
        if (cluster is null)
        {
            // A new story: this article founds the cluster and is the one later copies are compared with, so only
            // founders are indexed in the LSH bands (a story reprinted 500 times stays one candidate, not 500).
            session.Defer("UPDATE articles SET cluster_id = id WHERE id = @id", ("@id", articleId));
            WriteBands(articleId, article.Signature);
        }
        ResolveEntities(article.Entities);
        var eventKeys = ResolveEvents(article);
        var eventIds = new long[eventKeys.Length];
        for (var i = 0; i < eventKeys.Length; i++) _touchedEvents.Add(eventIds[i] = _eventIds[eventKeys[i].Value]);
        ArticleRows.Write(_rows, articleId, article, _entityIds, eventIds);
        if (article.Quotes.Count > 0) dialect.IndexQuotes(session, articleId);
        return (articleId, syndicated);
    }

    private bool IsStored(ArticleAnalysis article) =>
        session.Scalar("SELECT 1 FROM articles WHERE content_hash = @h", ("@h", article.ContentHash)) is not null
        || (article.Url is { } url && session.Scalar("SELECT 1 FROM articles WHERE url = @u", ("@u", url)) is not null);

    /// <summary>The story cluster whose founding article is the most similar at or above the threshold, if any.</summary>
    private (long? Cluster, bool Syndicated) FindCluster(MinHashSignature? signature)
    {
        if (signature is null) return (null, false);
        var keys = signature.BandKeys();
        long? best = null;
        var bestSimilarity = MinHasher.SyndicationThreshold;
        var seen = new HashSet<long>();
        using var reader = session.Query(CandidateSql, BandParameters(keys, null));
        while (reader.Read())
        {
            if (!seen.Add(reader.GetInt64(0)) || reader.IsDBNull(2)) continue;
            var similarity = signature.Containment(MinHashSignature.FromBytes((byte[])reader.GetValue(2)));
            if (similarity < bestSimilarity) continue;
            bestSimilarity = similarity;
            best = reader.IsDBNull(1) ? reader.GetInt64(0) : reader.GetInt64(1);
        }
        return (best, best is not null);
    }

    private void WriteBands(long articleId, MinHashSignature? signature)
    {
        if (signature is null) return;
        session.Defer(InsertBandsSql, BandParameters(signature.BandKeys(), articleId));
    }

    /// <summary>One query for all bands: the founding articles that share any band key with the signature.</summary>
    private static readonly string CandidateSql =
        "SELECT a.id, a.cluster_id, a.minhash FROM article_bands b JOIN articles a ON a.id = b.article_id WHERE " +
        string.Join(" OR ", Enumerable.Range(0, MinHasher.Bands).Select(i => $"(b.band = @b{i} AND b.bucket = @k{i})"));

    private static readonly string InsertBandsSql =
        "INSERT INTO article_bands (band, bucket, article_id) VALUES " +
        string.Join(", ", Enumerable.Range(0, MinHasher.Bands).Select(i => $"(@b{i}, @k{i}, @a)")) + " ON CONFLICT DO NOTHING";

    private static (string, object?)[] BandParameters(long[] keys, long? articleId)
    {
        var parameters = new (string, object?)[keys.Length * 2 + (articleId is null ? 0 : 1)];
        for (var i = 0; i < keys.Length; i++)
        {
            parameters[2 * i] = (BandNames[i], (long)i);
            parameters[2 * i + 1] = (KeyNames[i], keys[i]);
        }
        if (articleId is { } id) parameters[^1] = ("@a", id);
        return parameters;
    }

    private static readonly string[] BandNames = Enumerable.Range(0, MinHasher.Bands).Select(i => "@b" + i).ToArray();
    private static readonly string[] KeyNames = Enumerable.Range(0, MinHasher.Bands).Select(i => "@k" + i).ToArray();

    /// <summary>Finds or creates, in one round trip, the corpus entities of an article not seen before.</summary>
    private void ResolveEntities(IReadOnlyList<EntityRecord> entities)
    {
        var missing = new Dictionary<string, object?[]>(StringComparer.Ordinal);
        foreach (var e in entities)
        {
            var key = EntityKey.Of(e.Name, e.ActorCode);
            if (!_entityIds.ContainsKey(key)) missing.TryAdd(key, ArticleRows.Entity(key, e));
        }
        if (missing.Count > 0) KeyedUpsert.Run(session, StoreTables.Entities, [.. missing.Values], _entityIds);
    }

    /// <summary>Finds or creates, in one round trip, the corpus events of an article not seen before; returns each event's key.</summary>
    private EventKey[] ResolveEvents(ArticleAnalysis article)
    {
        var keys = ArticleRows.EventKeys(article);
        var missing = new Dictionary<string, object?[]>(StringComparer.Ordinal);
        for (var i = 0; i < keys.Length; i++)
        {
            if (!_eventIds.ContainsKey(keys[i].Value)) missing.TryAdd(keys[i].Value, ArticleRows.Event(keys[i], article.Events[i]));
        }
        if (missing.Count > 0) KeyedUpsert.Run(session, StoreTables.Events, [.. missing.Values], _eventIds);
        return keys;
    }
}
