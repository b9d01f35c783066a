namespace Dateline.Storage.Reading;

/// <summary>The WHERE clauses of each list, from one <see cref="StoreQuery"/>.</summary>
internal static class StoreFilters
{
    private const string ActorMatches = "e.source_actor = @actor OR e.target_actor = @actor OR e.source_country = @actor OR e.target_country = @actor";
    private const string EventArticle = "SELECT 1 FROM event_mentions m JOIN articles a ON a.id = m.article_id WHERE m.event_id = e.id";

    public static SqlFilter Events(StoreQuery q, IStoreDialect dialect) => new SqlFilter()
        .Add(ActorMatches, "@actor", q.Actor)
        .Add(IsCountry(q.Source) ? "e.source_country = @src" : "e.source_actor = @src", "@src", q.Source)
        .Add(IsCountry(q.Target) ? "e.target_country = @tgt" : "e.target_actor = @tgt", "@tgt", q.Target)
        .Add(q.Cameo is { Length: 2 } ? "e.root = @cameo" : "e.cameo = @cameo", "@cameo", q.Cameo)
        .Add("e.plover_type = @plover", "@plover", q.Plover)
        .Add("e.quad_class = @qc", "@qc", (long?)q.QuadClass)
        .Add("e.event_date >= @from", "@from", q.From)
        .Add("e.event_date <= @to", "@to", q.To)
        .Add("lower(e.place) = @place", "@place", q.Place?.ToLowerInvariant())
        .Add("e.country_code = @country", "@country", q.Country)
        .Add($"EXISTS ({EventArticle} AND a.source = @outlet)", "@outlet", q.Outlet)
        .Add("EXISTS (SELECT 1 FROM event_mentions m WHERE m.event_id = e.id AND lower(m.speaker) LIKE @speaker ESCAPE '\\')", "@speaker", SqlFilter.Contains(q.Speaker))
        .Add($"EXISTS ({EventArticle} AND {dialect.ArticleTextMatch})", "@q", Search(q.Text, dialect));

    public static SqlFilter Articles(StoreQuery q, IStoreDialect dialect) => new SqlFilter()
        .Add("a.source = @outlet", "@outlet", q.Outlet)
        .Add("a.published >= @from", "@from", q.From)
        .Add("a.published <= @to", "@to", q.To)
        .Add("EXISTS (SELECT 1 FROM mentions m JOIN entities n ON n.id = m.entity_id WHERE m.article_id = a.id AND (n.actor_code = @actor OR substr(n.actor_code, 1, 3) = @actor))", "@actor", q.Actor)
        .Add(dialect.ArticleTextMatch, "@q", Search(q.Text, dialect));

    public static SqlFilter Quotes(StoreQuery q, IStoreDialect dialect) => new SqlFilter()
        .Add("a.source = @outlet", "@outlet", q.Outlet)
        .Add("a.published >= @from", "@from", q.From)
        .Add("a.published <= @to", "@to", q.To)
        .Add("lower(q.speaker) LIKE @speaker ESCAPE '\\'", "@speaker", SqlFilter.Contains(q.Speaker))
        .Add("q.speaker_entity_id IN (SELECT id FROM entities WHERE actor_code = @actor OR substr(actor_code, 1, 3) = @actor)", "@actor", q.Actor)
        .Add(dialect.QuoteTextMatch, "@q", Search(q.Text, dialect));

    public static SqlFilter Claims(StoreQuery q, IStoreDialect dialect) => new SqlFilter()
        .Add("a.source = @outlet", "@outlet", q.Outlet)
        .Add("a.published >= @from", "@from", q.From)
        .Add("a.published <= @to", "@to", q.To)
        .Add("lower(c.claimant) LIKE @speaker ESCAPE '\\'", "@speaker", SqlFilter.Contains(q.Speaker))
        .Add(q.Cameo is { Length: 2 } ? "c.root = @cameo" : "c.cameo = @cameo", "@cameo", q.Cameo)
        .Add("c.plover_type = @plover", "@plover", q.Plover)
        .Add(dialect.ArticleTextMatch, "@q", Search(q.Text, dialect));

    public static SqlFilter Actors(StoreQuery q) => new SqlFilter()
        .Add("n.actor_code = @actor OR substr(n.actor_code, 1, 3) = @actor", "@actor", q.Actor)
        .Add("lower(n.name) LIKE @speaker ESCAPE '\\'", "@speaker", SqlFilter.Contains(q.Speaker));

    private static bool IsCountry(string? code) => code is { Length: 3 };

    private static string? Search(string? text, IStoreDialect dialect) =>
        string.IsNullOrWhiteSpace(text) ? null : dialect.SearchQuery(text);
}
