using Dateline.Storage.Dedup;
using Dateline.Storage.Model;

namespace Dateline.Storage;

/// <summary>
/// Writes one new article and everything read from its analysis, inside the batch's transaction.
/// Corpus-level rows (entities, events) are found or created by key, with their ids remembered; article rows are
/// new by construction and are deferred, so that PostgreSQL receives them in a few round trips per article.
/// </summary>
internal sealed class ArticleRowWriter(SqlSession session, IStoreDialect dialect)
{
    private const int MaxRemembered = 200_000;
    private readonly HashSet<long> _touchedEvents = [];
    private readonly Dictionary<string, long> _entityIds = new(StringComparer.Ordinal);
    private readonly Dictionary<string, long> _eventIds = new(StringComparer.Ordinal);

    /// <summary>Forgets remembered ids: after a rolled-back batch they may name rows that do not exist.</summary>
    public void Forget()
    {
        _entityIds.Clear();
        _eventIds.Clear();
        _touchedEvents.Clear();
    }

    /// <summary>The events that got a mention since the last <see cref="TakeTouchedEvents"/>.</summary>
    public IReadOnlyCollection<long> TakeTouchedEvents()
    {
        var touched = _touchedEvents.ToArray();
        _touchedEvents.Clear();
        return touched;
    }

    /// <summary>Stores the article; returns null when it is already stored, else (article id, joined an existing story).</summary>
    public (long Id, bool Syndicated)? Write(ArticleAnalysis article)
    {
        if (IsStored(article)) return null;
        if (_entityIds.Count > MaxRemembered) _entityIds.Clear();
        if (_eventIds.Count > MaxRemembered) _eventIds.Clear();
        session.Flush();
        var (cluster, syndicated) = FindCluster(article.Signature);
        var id = session.Scalar(
            "INSERT INTO articles (content_hash, external_id, url, title, source, published, cluster_id, minhash, text, analysis_json) " +
            "VALUES (@h, @x, @u, @t, @s, @p, @c, @m, @text, @json) ON CONFLICT DO NOTHING RETURNING id",
            ("@h", article.ContentHash), ("@x", article.ExternalId), ("@u", article.Url), ("@t", article.Title),
            ("@s", article.Source), ("@p", article.Published), ("@c", cluster), ("@m", article.Signature?.ToBytes()),
            ("@text", article.Text), ("@json", article.Json));
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
        var entities = WriteEntities(articleId, article.Entities);
        WriteTimes(articleId, article.Times);
        WriteQuantities(articleId, article.Quantities);
        WriteQuotes(articleId, article.Quotes, entities);
        var eventKeys = ResolveEvents(article);
        for (var i = 0; i < eventKeys.Length; i++) WriteEvent(articleId, article.Events[i], _eventIds[eventKeys[i].Value]);
        WriteClaims(articleId, article.Claims, entities);
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

    private Dictionary<string, long> WriteEntities(long articleId, IReadOnlyList<EntityRecord> entities)
    {
        ResolveEntities(entities);
        var ids = new Dictionary<string, long>(StringComparer.Ordinal);
        foreach (var entity in entities)
        {
            var id = _entityIds[EntityKey.Of(entity.Name, entity.ActorCode)];
            ids[entity.LocalId] = id;
            foreach (var m in entity.Mentions)
            {
                session.Defer(
                    "INSERT INTO mentions (article_id, entity_id, local_id, start, \"end\", text) VALUES (@a, @e, @l, @s, @x, @t) ON CONFLICT DO NOTHING",
                    ("@a", articleId), ("@e", id), ("@l", entity.LocalId), ("@s", (long)m.Start), ("@x", (long)m.End), ("@t", m.Text ?? ""));
            }
        }
        return ids;
    }

    private static readonly string[] EntityColumns = ["entity_key", "type", "name", "actor_code"];

    private static readonly string[] EventColumns =
    [
        "event_key", "source_actor", "target_actor", "source_country", "target_country", "source_name", "target_name", "cameo", "root",
        "quad_class", "goldstein", "plover_type", "plover_mode", "plover_context", "event_date", "place", "country_code", "lat", "lon",
    ];

    /// <summary>Finds or creates, in one round trip, the corpus entities of an article not seen before.</summary>
    private void ResolveEntities(IReadOnlyList<EntityRecord> entities)
    {
        var missing = new Dictionary<string, object?[]>(StringComparer.Ordinal);
        foreach (var e in entities)
        {
            var key = EntityKey.Of(e.Name, e.ActorCode);
            if (!_entityIds.ContainsKey(key)) missing.TryAdd(key, [key, e.Type, e.Name, e.ActorCode]);
        }
        if (missing.Count > 0) KeyedUpsert.Run(session, "entities", EntityColumns, [.. missing.Values], _entityIds);
    }

    /// <summary>Finds or creates, in one round trip, the corpus events of an article not seen before; returns each event's key.</summary>
    private EventKey[] ResolveEvents(ArticleAnalysis article)
    {
        var keys = new EventKey[article.Events.Count];
        var missing = new Dictionary<string, object?[]>(StringComparer.Ordinal);
        for (var i = 0; i < keys.Length; i++)
        {
            var e = article.Events[i];
            var key = keys[i] = EventKey.Of(e, article.Published);
            if (_eventIds.ContainsKey(key.Value)) continue;
            missing.TryAdd(key.Value,
            [
                key.Value, e.Source?.ActorCode, e.Target?.ActorCode, EventKey.Country(e.Source?.ActorCode), EventKey.Country(e.Target?.ActorCode),
                e.Source?.Text, e.Target?.Text, e.Cameo, e.Root ?? EventKey.RootOf(e.Cameo), (long?)e.QuadClass, e.Goldstein,
                e.PloverType, e.PloverMode, e.PloverContext, key.Date, e.PlaceName, e.CountryCode, e.Lat, e.Lon,
            ]);
        }
        if (missing.Count > 0) KeyedUpsert.Run(session, "events", EventColumns, [.. missing.Values], _eventIds);
        return keys;
    }

    private void WriteTimes(long articleId, IReadOnlyList<TimeRecord> times)
    {
        foreach (var t in times)
        {
            session.Defer(
                "INSERT INTO times (article_id, start, \"end\", text, type, value, sentence) VALUES (@a, @s, @x, @t, @ty, @v, @se) ON CONFLICT DO NOTHING",
                ("@a", articleId), ("@s", (long)t.Span.Start), ("@x", (long)t.Span.End), ("@t", t.Span.Text ?? ""),
                ("@ty", t.Type), ("@v", t.Value), ("@se", (long?)t.Sentence));
        }
    }

    private void WriteQuantities(long articleId, IReadOnlyList<QuantityRecord> quantities)
    {
        foreach (var q in quantities)
        {
            session.Defer(
                "INSERT INTO quantities (article_id, start, \"end\", text, value, kind, unit, currency, sentence) " +
                "VALUES (@a, @s, @x, @t, @v, @k, @u, @c, @se) ON CONFLICT DO NOTHING",
                ("@a", articleId), ("@s", (long)q.Span.Start), ("@x", (long)q.Span.End), ("@t", q.Span.Text ?? ""),
                ("@v", q.Value), ("@k", q.Kind), ("@u", q.Unit), ("@c", q.Currency), ("@se", (long?)q.Sentence));
        }
    }

    private void WriteQuotes(long articleId, IReadOnlyList<QuoteRecord> quotes, Dictionary<string, long> entities)
    {
        foreach (var q in quotes)
        {
            var speakerEntity = q.Speaker?.EntityId is { } local && entities.TryGetValue(local, out var sid) ? sid : (long?)null;
            var content = q.Content.Text ?? "";
            session.Defer(
                "INSERT INTO quotes (article_id, local_id, kind, content_start, content_end, content, cue_start, cue_end, cue, " +
                "speaker_entity_id, speaker, speaker_start, speaker_end, medium, sentence) " +
                "VALUES (@a, @l, @k, @cs, @ce, @c, @us, @ue, @u, @se, @sp, @ss, @sx, @m, @sen) ON CONFLICT DO NOTHING",
                ("@a", articleId), ("@l", q.LocalId), ("@k", q.Kind), ("@cs", (long)q.Content.Start), ("@ce", (long)q.Content.End),
                ("@c", content), ("@us", (long?)q.Cue?.Start), ("@ue", (long?)q.Cue?.End), ("@u", q.Cue?.Text),
                ("@se", speakerEntity), ("@sp", q.Speaker?.Text), ("@ss", (long?)q.Speaker?.Span?.Start), ("@sx", (long?)q.Speaker?.Span?.End),
                ("@m", q.Medium), ("@sen", (long?)q.Sentence));
        }
        if (quotes.Count > 0) dialect.IndexQuotes(session, articleId);
    }

    private void WriteEvent(long articleId, EventRecord e, long eventId)
    {
        session.Defer(
            "INSERT INTO event_mentions (event_id, article_id, local_id, sentence, source_text, source_start, source_end, " +
            "target_text, target_start, target_end, negated, hypothetical, future, question, speaker, quote_local_id, evidence_start, evidence_end) " +
            "VALUES (@e, @a, @l, @sen, @st, @ss, @sx, @tt, @ts, @tx, @n, @h, @f, @q, @sp, @ql, @es, @ee) ON CONFLICT DO NOTHING",
            ("@e", eventId), ("@a", articleId), ("@l", e.LocalId), ("@sen", (long?)e.Sentence),
            ("@st", e.Source?.Text), ("@ss", (long?)e.Source?.Span?.Start), ("@sx", (long?)e.Source?.Span?.End),
            ("@tt", e.Target?.Text), ("@ts", (long?)e.Target?.Span?.Start), ("@tx", (long?)e.Target?.Span?.End),
            ("@n", e.Negated ? 1L : 0L), ("@h", e.Hypothetical ? 1L : 0L), ("@f", e.Future ? 1L : 0L), ("@q", e.Question ? 1L : 0L),
            ("@sp", e.Speaker?.Text), ("@ql", e.QuoteId), ("@es", (long)e.Evidence.Start), ("@ee", (long)e.Evidence.End));
        _touchedEvents.Add(eventId);
    }

    private void WriteClaims(long articleId, IReadOnlyList<ClaimRecord> claims, Dictionary<string, long> entities)
    {
        foreach (var c in claims)
        {
            var claimant = c.Claimant?.EntityId is { } local && entities.TryGetValue(local, out var cid) ? cid : (long?)null;
            session.Defer(
                "INSERT INTO claims (article_id, local_id, claimant, claimant_entity_id, reported_by, cameo, root, plover_type, polarity, modality, " +
                "target_date, target_start, target_end, evidence_start, evidence_end) " +
                "VALUES (@a, @l, @cl, @ce, @rb, @c, @r, @p, @po, @mo, @td, @ts, @tx, @es, @ee) ON CONFLICT DO NOTHING",
                ("@a", articleId), ("@l", c.LocalId), ("@cl", c.Claimant?.Text), ("@ce", claimant), ("@rb", c.ReportedBy),
                ("@c", c.Cameo), ("@r", c.Root ?? (c.Cameo is { } code ? EventKey.RootOf(code) : null)), ("@p", c.PloverType),
                ("@po", c.Polarity), ("@mo", c.Modality), ("@td", Json.Day(c.TargetDate) ?? c.TargetDate),
                ("@ts", (long?)c.TargetSpan?.Start), ("@tx", (long?)c.TargetSpan?.End),
                ("@es", (long)c.Evidence.Start), ("@ee", (long)c.Evidence.End));
        }
    }
}
