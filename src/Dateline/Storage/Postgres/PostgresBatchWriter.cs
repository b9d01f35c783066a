using Npgsql;
using NpgsqlTypes;

namespace Dateline.Storage.Postgres;

/// <summary>
/// Writes a batch to PostgreSQL in three round trips whatever its size (then the store's commit):
/// <list type="number">
/// <item>lock the articles table against other writers, read which of the batch's hashes and URLs are stored, and
/// read the stored story founders sharing an LSH band key with the batch;</item>
/// <item>allocate the new articles' ids and find or create their entities and events (one multi-row upsert each);</item>
/// <item>insert every row of every new article, one multi-row <c>INSERT ... SELECT FROM unnest(...)</c> per table,
/// then recount the touched events.</item>
/// </list>
/// The rows are the SQLite writer's (<see cref="ArticleRows"/>) and so are the dedup decisions
/// (<see cref="ClusterFinder"/>); the lock makes the stored-or-not check final, so that two writers never store
/// the same article.
/// </summary>
internal sealed class PostgresBatchWriter(SqlSession session) : IBatchWriter
{
    private const int MaxRemembered = 200_000;

    private const string LockSql = "LOCK TABLE articles IN SHARE ROW EXCLUSIVE MODE";

    private const string StoredSql = "SELECT content_hash, url FROM articles WHERE content_hash = ANY($1) OR url = ANY($2)";

    private const string CandidatesSql =
        "SELECT b.band, b.bucket, a.id, a.cluster_id, a.minhash FROM article_bands b JOIN articles a ON a.id = b.article_id " +
        "WHERE (b.band, b.bucket) IN (SELECT * FROM unnest($1::bigint[], $2::bigint[]))";

    private const string AllocateSql = "SELECT nextval(pg_get_serial_sequence('articles', 'id')) FROM generate_series(1, $1)";

    private const string KeyedSuffix = "ON CONFLICT ({0}) DO UPDATE SET {0} = excluded.{0} RETURNING {0}, id";

    /// <summary>GDELT's counters of the touched events, recounted from their mentions in one statement.</summary>
    private const string RecountSql =
        "UPDATE events e SET num_mentions = s.mentions, num_articles = s.articles, num_sources = s.sources, " +
        "num_stories = s.stories, first_seen = s.first_seen, last_seen = s.last_seen FROM (" +
        "SELECT m.event_id, count(*) AS mentions, count(DISTINCT m.article_id) AS articles, " +
        "count(DISTINCT coalesce(a.source, '')) AS sources, count(DISTINCT a.cluster_id) AS stories, " +
        "min(a.published) AS first_seen, max(a.published) AS last_seen " +
        "FROM event_mentions m JOIN articles a ON a.id = m.article_id WHERE m.event_id = ANY($1) GROUP BY m.event_id) s " +
        "WHERE e.id = s.event_id";

    private readonly Dictionary<string, long> _entityIds = new(StringComparer.Ordinal);
    private readonly Dictionary<string, long> _eventIds = new(StringComparer.Ordinal);
    private readonly UnnestRows _entities = new(StoreTables.Entities, string.Format(System.Globalization.CultureInfo.InvariantCulture, KeyedSuffix, "entity_key"));
    private readonly UnnestRows _events = new(StoreTables.Events, string.Format(System.Globalization.CultureInfo.InvariantCulture, KeyedSuffix, "event_key"));
    private readonly UnnestRowSink _rows = new();

    private NpgsqlConnection Connection => (NpgsqlConnection)session.Connection;

    public void Forget()
    {
        _entityIds.Clear();
        _eventIds.Clear();
        _entities.Clear();
        _events.Clear();
    }

    public StoreBatchResult Write(IReadOnlyList<ArticleAnalysis> batch)
    {
        if (_entityIds.Count > MaxRemembered) _entityIds.Clear();
        if (_eventIds.Count > MaxRemembered) _eventIds.Clear();
        var clusters = new ClusterFinder();
        var fresh = NewArticles(batch, clusters);
        if (fresh.Count == 0) return new StoreBatchResult(0, batch.Count, 0, 0);
        var ids = AllocateAndResolve(fresh);
        var (events, syndicated) = WriteRows(fresh, ids, clusters);
        return new StoreBatchResult(fresh.Count, batch.Count - fresh.Count, events, syndicated);
    }

    /// <summary>Round trip 1: the batch's articles that are neither stored nor repeated earlier in the batch.</summary>
    private List<ArticleAnalysis> NewArticles(IReadOnlyList<ArticleAnalysis> batch, ClusterFinder clusters)
    {
        var hashes = new string[batch.Count];
        var urls = new List<string>();
        var bands = new List<long>();
        var buckets = new List<long>();
        for (var i = 0; i < batch.Count; i++)
        {
            hashes[i] = batch[i].ContentHash;
            if (batch[i].Url is { } url) urls.Add(url);
            if (batch[i].Signature is not { } signature) continue;
            var keys = signature.BandKeys();
            for (var band = 0; band < keys.Length; band++)
            {
                bands.Add(band);
                buckets.Add(keys[band]);
            }
        }
        var storedHashes = new HashSet<string>(StringComparer.Ordinal);
        var storedUrls = new HashSet<string>(StringComparer.Ordinal);
        using (var command = new NpgsqlBatch(Connection))
        {
            command.BatchCommands.Add(new NpgsqlBatchCommand(LockSql));
            command.BatchCommands.Add(Command(StoredSql, Array(NpgsqlDbType.Text, hashes), Array(NpgsqlDbType.Text, urls.ToArray())));
            command.BatchCommands.Add(Command(CandidatesSql, Array(NpgsqlDbType.Bigint, bands.ToArray()), Array(NpgsqlDbType.Bigint, buckets.ToArray())));
            // The lock returns no result set: the reader starts at the stored hashes.
            using var reader = command.ExecuteReader();
            while (reader.Read())
            {
                storedHashes.Add(reader.GetString(0));
                if (!reader.IsDBNull(1)) storedUrls.Add(reader.GetString(1));
            }
            reader.NextResult();
            while (reader.Read())
            {
                clusters.AddStored(reader.GetInt64(0), reader.GetInt64(1), reader.GetInt64(2),
                    reader.IsDBNull(3) ? null : reader.GetInt64(3), reader.IsDBNull(4) ? null : (byte[])reader.GetValue(4));
            }
        }
        var fresh = new List<ArticleAnalysis>(batch.Count);
        foreach (var article in batch)
        {
            if (storedHashes.Contains(article.ContentHash) || (article.Url is { } url && storedUrls.Contains(url))) continue;
            storedHashes.Add(article.ContentHash);
            if (article.Url is { } newUrl) storedUrls.Add(newUrl);
            fresh.Add(article);
        }
        return fresh;
    }

    /// <summary>Round trip 2: ids for the new articles, and the corpus ids of their entities and events.</summary>
    private long[] AllocateAndResolve(List<ArticleAnalysis> fresh)
    {
        var pending = new HashSet<string>(StringComparer.Ordinal);
        foreach (var article in fresh)
        {
            foreach (var e in article.Entities)
            {
                var key = EntityKey.Of(e.Name, e.ActorCode);
                if (!_entityIds.ContainsKey(key) && pending.Add(key)) _entities.Add(ArticleRows.Entity(key, e));
            }
            var keys = ArticleRows.EventKeys(article);
            for (var i = 0; i < keys.Length; i++)
            {
                if (!_eventIds.ContainsKey(keys[i].Value) && pending.Add("\u0001" + keys[i].Value)) _events.Add(ArticleRows.Event(keys[i], article.Events[i]));
            }
        }
        var ids = new long[fresh.Count];
        using var command = new NpgsqlBatch(Connection);
        command.BatchCommands.Add(Command(AllocateSql, new NpgsqlParameter { NpgsqlDbType = NpgsqlDbType.Integer, Value = fresh.Count }));
        var upsertEntities = _entities.Count > 0;
        var upsertEvents = _events.Count > 0;
        if (upsertEntities) command.BatchCommands.Add(_entities.ToCommand());
        if (upsertEvents) command.BatchCommands.Add(_events.ToCommand());
        _entities.Clear();
        _events.Clear();
        using var reader = command.ExecuteReader();
        for (var i = 0; reader.Read(); i++) ids[i] = reader.GetInt64(0);
        if (upsertEntities) ReadIds(reader, _entityIds);
        if (upsertEvents) ReadIds(reader, _eventIds);
        System.Array.Sort(ids);
        return ids;
    }

    /// <summary>Round trip 3: every row of the new articles, then the counters of the events they mention.</summary>
    private (int Events, int Syndicated) WriteRows(List<ArticleAnalysis> fresh, long[] ids, ClusterFinder clusters)
    {
        int events = 0, syndicated = 0;
        var touched = new HashSet<long>();
        for (var i = 0; i < fresh.Count; i++)
        {
            var article = fresh[i];
            var id = ids[i];
            var cluster = clusters.Find(article.Signature);
            if (cluster is not null) syndicated++;
            _rows.Add(StoreTables.Articles, id, article.ContentHash, article.ExternalId, article.Url, article.Title, article.Source,
                article.Published, cluster ?? id, article.Signature?.ToBytes(), article.Text, (long)article.Text.Length, article.Json);
            if (cluster is null && article.Signature is { } signature)
            {
                // Only founders are indexed in the LSH bands, as in the SQLite writer.
                clusters.AddFounder(id, signature);
                var keys = signature.BandKeys();
                for (var band = 0; band < keys.Length; band++) _rows.Add(StoreTables.Bands, (long)band, keys[band], id);
            }
            var eventKeys = ArticleRows.EventKeys(article);
            var eventIds = new long[eventKeys.Length];
            for (var e = 0; e < eventKeys.Length; e++) touched.Add(eventIds[e] = _eventIds[eventKeys[e].Value]);
            ArticleRows.Write(_rows, id, article, _entityIds, eventIds);
            events += eventKeys.Length;
        }
        using var command = new NpgsqlBatch(Connection);
        _rows.AddTo(command);
        if (touched.Count > 0) command.BatchCommands.Add(Command(RecountSql, Array(NpgsqlDbType.Bigint, touched.ToArray())));
        command.ExecuteNonQuery();
        return (events, syndicated);
    }

    private static void ReadIds(NpgsqlDataReader reader, Dictionary<string, long> ids)
    {
        reader.NextResult();
        while (reader.Read()) ids[reader.GetString(0)] = reader.GetInt64(1);
    }

    private static NpgsqlBatchCommand Command(string sql, params NpgsqlParameter[] parameters)
    {
        var command = new NpgsqlBatchCommand(sql);
        command.Parameters.AddRange(parameters);
        return command;
    }

    private static NpgsqlParameter Array<T>(NpgsqlDbType elementType, T[] values) =>
        new() { NpgsqlDbType = NpgsqlDbType.Array | elementType, Value = values };
}
