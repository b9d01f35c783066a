using System.Data.Common;
using System.Globalization;

namespace Dateline.Storage.Reading;

/// <summary>The read side of the SQL store: lists streamed row by row, series and claim checks.</summary>
internal sealed class StoreReader(DbConnection connection, IStoreDialect dialect)
{
    private const string EventColumns =
        "e.id, e.source_actor, e.target_actor, e.source_name, e.target_name, e.cameo, e.root, e.quad_class, e.goldstein, " +
        "e.plover_type, e.plover_mode, e.plover_context, e.event_date, e.place, e.country_code, e.lat, e.lon, " +
        "e.num_mentions, e.num_sources, e.num_articles, e.num_stories, e.first_seen, e.last_seen";

    private const string ArticleColumns = "a.id, a.content_hash, a.external_id, a.url, a.title, a.source, a.published, a.cluster_id";

    public IEnumerable<StoredArticle> Articles(StoreQuery q)
    {
        var filter = StoreFilters.Articles(q, dialect);
        var sql = "SELECT " + ArticleColumns + " FROM articles a" + filter.Where() + " ORDER BY a.published DESC, a.id DESC" + filter.Page(q.Limit, q.Offset);
        return Rows(sql, filter, Article);
    }

    /// <summary>The one article matching <paramref name="condition"/> on a unique column, bound to <c>@key</c>; null when none.</summary>
    public StoredArticle? ArticleBy(string condition, string key)
    {
        var filter = new SqlFilter().Add(condition, "@key", key);
        return Rows("SELECT " + ArticleColumns + " FROM articles a" + filter.Where(), filter, Article).FirstOrDefault();
    }

    private static StoredArticle Article(DbDataReader r) => new(
        r.GetInt64(0), r.GetString(1), Row.Str(r, 2), Row.Str(r, 3), Row.Str(r, 4), Row.Str(r, 5), Row.Str(r, 6), r.GetInt64(7));

    public IEnumerable<StoredEvent> Events(StoreQuery q)
    {
        var filter = StoreFilters.Events(q, dialect);
        var sql = "SELECT " + EventColumns + " FROM events e" + filter.Where() + " ORDER BY e.event_date, e.id" + filter.Page(q.Limit, q.Offset);
        return Rows(sql, filter, Row.Event);
    }

    public IEnumerable<StoredEventMention> EventMentions(StoreQuery q)
    {
        var filter = StoreFilters.Events(q, dialect);
        var sql = "SELECT m.id, m.event_id, m.article_id, a.url, a.source, a.published, m.local_id, m.sentence, m.source_text, m.target_text, " +
            "m.negated, m.hypothetical, m.future, m.question, m.speaker, m.evidence_start, m.evidence_end, m.source_start, m.target_start, a.text_length " +
            "FROM event_mentions m JOIN articles a ON a.id = m.article_id WHERE m.event_id IN (SELECT e.id FROM events e" + filter.Where() + ")" +
            " ORDER BY m.event_id, m.id" + filter.Page(q.Limit, q.Offset);
        return Rows(sql, filter, Row.Mention);
    }

    public IEnumerable<StoredQuote> Quotes(StoreQuery q)
    {
        var filter = StoreFilters.Quotes(q, dialect);
        var sql = "SELECT q.id, q.article_id, a.published, a.source, q.kind, q.speaker, q.speaker_entity_id, q.cue, q.content, q.content_start, q.content_end " +
            "FROM " + JoinArticles(filter, "quotes q", "q", q) + filter.Where() + " ORDER BY a.published, q.id" + filter.Page(q.Limit, q.Offset);
        return Rows(sql, filter, r => new StoredQuote(
            r.GetInt64(0), r.GetInt64(1), Row.Str(r, 2), Row.Str(r, 3), Row.Str(r, 4), Row.Str(r, 5), Row.Long(r, 6),
            Row.Str(r, 7), r.GetString(8), (int)r.GetInt64(9), (int)r.GetInt64(10)));
    }

    public IEnumerable<StoredClaim> Claims(StoreQuery q)
    {
        var filter = StoreFilters.Claims(q, dialect);
        var sql = "SELECT " + ClaimColumns + " FROM " + JoinArticles(filter, "claims c", "c", q) + filter.Where()
            + " ORDER BY a.published, c.id" + filter.Page(q.Limit, q.Offset);
        return Rows(sql, filter, Row.Claim);
    }

    public IEnumerable<StoredActor> Actors(StoreQuery q)
    {
        var filter = StoreFilters.Actors(q);
        var sql = "SELECT n.id, n.name, n.type, n.actor_code, count(m.entity_id), count(DISTINCT m.article_id) " +
            "FROM entities n LEFT JOIN mentions m ON m.entity_id = n.id" + filter.Where() +
            " GROUP BY n.id, n.name, n.type, n.actor_code ORDER BY count(m.entity_id) DESC, n.id" + filter.Page(q.Limit, q.Offset);
        return Rows(sql, filter, r => new StoredActor(r.GetInt64(0), r.GetString(1), r.GetString(2), Row.Str(r, 3), r.GetInt64(4), r.GetInt64(5)));
    }

    public IEnumerable<StoredPlace> Places(StoreQuery q)
    {
        var filter = StoreFilters.Events(q, dialect).Add("e.lat IS NOT NULL AND e.lon IS NOT NULL");
        var sql = "SELECT e.place, e.country_code, e.lat, e.lon, count(*), sum(e.num_mentions) FROM events e" + filter.Where() +
            " GROUP BY e.place, e.country_code, e.lat, e.lon ORDER BY count(*) DESC, e.place, e.lat, e.lon" + filter.Limit(q.Limit);
        return Rows(sql, filter, r => new StoredPlace(
            Row.Str(r, 0), Row.Str(r, 1), Row.Double(r, 2) ?? 0, Row.Double(r, 3) ?? 0, r.GetInt64(4), (long)(Row.Double(r, 5) ?? 0)));
    }

    public IEnumerable<StoredDyad> Dyads(StoreQuery q)
    {
        // Pairs of two different countries; '---' stands for "no country" (a bare agent) and is left out.
        var filter = StoreFilters.Events(q, dialect).Add(
            "e.source_country IS NOT NULL AND e.target_country IS NOT NULL AND e.source_country <> e.target_country " +
            "AND e.source_country <> '---' AND e.target_country <> '---'");
        var sql = "SELECT e.source_country, e.target_country, count(*) FROM events e" + filter.Where() +
            " GROUP BY e.source_country, e.target_country ORDER BY count(*) DESC, e.source_country, e.target_country" + filter.Limit(q.Limit);
        return Rows(sql, filter, r => new StoredDyad(r.GetString(0), r.GetString(1), r.GetInt64(2)));
    }

    public IReadOnlyList<SeriesPoint> Series(StoreQuery q)
    {
        var filter = StoreFilters.Events(q with { Limit = null }, dialect).Add("e.event_date IS NOT NULL");
        var sql = "SELECT e.event_date, e.quad_class, count(*), sum(e.goldstein), count(e.goldstein) FROM events e" + filter.Where() +
            " GROUP BY e.event_date, e.quad_class ORDER BY e.event_date";
        var days = new List<SeriesPoint>();
        var builder = new SeriesBuilder();
        foreach (var (date, quad, count, sum, withGoldstein) in Rows(sql, filter,
            r => (r.GetString(0), Row.Long(r, 1), r.GetInt64(2), Row.Double(r, 3) ?? 0, r.GetInt64(4))))
        {
            if (builder.Date != date && builder.Date != null) days.Add(builder.Take());
            builder.Add(date, quad, count, sum, withGoldstein);
        }
        if (builder.Date != null) days.Add(builder.Take());
        return days;
    }

    public IReadOnlyList<ClaimCheck> CheckClaims(StoreQuery q, int windowDays)
    {
        var checks = new List<ClaimCheck>();
        var page = Math.Clamp(q.Limit ?? CheckPage, 16, CheckPage);
        for (var offset = 0; ; offset += page)
        {
            // A page at a time, whole (each check is a query on the same connection), until the limit is reached.
            var claims = CheckableClaims(q, page, offset).ToList();
            foreach (var claim in claims)
            {
                if (Check(claim, windowDays) is not { } check) continue;
                checks.Add(check);
                if (q.Limit is { } limit && checks.Count >= limit) return checks;
            }
            if (claims.Count < page) return checks;
        }
    }

    /// <summary>Claims that may be checked (a target date starting with a day, an event root or type), in list order.</summary>
    private IEnumerable<StoredClaim> CheckableClaims(StoreQuery q, int limit, int offset)
    {
        var filter = StoreFilters.Claims(q, dialect).Add("c.target_date LIKE '____-__-__%'").Add("c.root IS NOT NULL OR c.plover_type IS NOT NULL");
        var sql = "SELECT " + ClaimColumns + " FROM " + JoinArticles(filter, "claims c", "c", q) + filter.Where()
            + " ORDER BY a.published, c.id" + filter.Limit(limit) + filter.Offset(offset);
        return Rows(sql, filter, Row.Claim);
    }

    private ClaimCheck? Check(StoredClaim claim, int windowDays)
    {
        if (Json.Day(claim.TargetDate) is not { } day || (claim.Root is null && claim.PloverType is null)) return null;
        var target = DateOnly.ParseExact(day, "yyyy-MM-dd", CultureInfo.InvariantCulture);
        var from = target.AddDays(-windowDays).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        var to = target.AddDays(windowDays).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        var filter = new SqlFilter().Add("e.event_date >= @from", "@from", from).Add("e.event_date <= @to", "@to", to);
        if (claim.Root != null) filter.Add("e.root = @root", "@root", claim.Root);
        else filter.Add("e.plover_type = @plover", "@plover", claim.PloverType);
        var (count, first) = Rows("SELECT count(*), min(e.id) FROM events e" + filter.Where(), filter, r => (r.GetInt64(0), Row.Long(r, 1))).First();
        return new ClaimCheck(claim, from, to, count, first);
    }

    private const int CheckPage = 1000;

    /// <summary>
    /// <paramref name="table"/> with its article. Without a full-text search the articles are walked in date order
    /// (a <c>CROSS JOIN</c>, which SQLite keeps as the outer loop; PostgreSQL plans it as an inner join), so that a
    /// page ends after its rows instead of after sorting every match; a search keeps the join led by its matches.
    /// The join condition goes into <paramref name="filter"/>.
    /// </summary>
    private static string JoinArticles(SqlFilter filter, string table, string alias, StoreQuery q)
    {
        if (!string.IsNullOrWhiteSpace(q.Text)) return $"{table} JOIN articles a ON a.id = {alias}.article_id";
        filter.Add($"{alias}.article_id = a.id");
        return $"articles a CROSS JOIN {table}";
    }

    private const string ClaimColumns =
        "c.id, c.article_id, a.published, c.claimant, c.reported_by, c.cameo, c.root, c.plover_type, c.polarity, c.modality, c.target_date, c.evidence_start, c.evidence_end";

    private IEnumerable<T> Rows<T>(string sql, SqlFilter filter, Func<DbDataReader, T> read)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        foreach (var (name, value) in filter.Parameters)
        {
            var p = command.CreateParameter();
            p.ParameterName = name;
            p.Value = value ?? DBNull.Value;
            command.Parameters.Add(p);
        }
        using var reader = command.ExecuteReader();
        while (reader.Read()) yield return read(reader);
    }
}
