using Dateline.Storage.Reading;

namespace Dateline.Storage;

/// <summary>
/// The corpus store: analyzed articles kept once each (by content hash and URL), with their entities, quotes,
/// times, quantities, claims, and events merged across articles. Open one with <see cref="ArticleStore.Open"/>.
/// An instance is used by one thread at a time. The read side (articles, events with their mentions, actors)
/// is what exports build on.
/// </summary>
public interface IArticleStore : IDisposable
{
    /// <summary><c>sqlite</c> or <c>postgres</c>.</summary>
    string Backend { get; }

    /// <summary>The schema version after migrations.</summary>
    int SchemaVersion { get; }

    /// <summary>Content hashes of every stored article (to skip stored inputs before analyzing them again).</summary>
    IReadOnlySet<string> ContentHashes();

    /// <summary>
    /// The stored article that <see cref="Add"/> takes an input for: the one with <paramref name="contentHash"/>, else
    /// the one at <paramref name="url"/> (when given); null when neither is stored. One indexed lookup, no scan.
    /// </summary>
    StoredArticle? FindArticle(string contentHash, string? url = null);

    /// <summary>
    /// Stores a batch in one transaction: either all of its new articles are stored with all their rows, or none.
    /// Articles already stored (same content hash, or same URL) are skipped and left unchanged.
    /// </summary>
    StoreBatchResult Add(IReadOnlyList<ArticleAnalysis> batch);

    /// <summary>Row counts.</summary>
    StoreCounts Counts();

    /// <summary>Articles, newest first.</summary>
    IEnumerable<StoredArticle> Articles(StoreQuery query);

    /// <summary>Events merged across articles, by date then id.</summary>
    IEnumerable<StoredEvent> Events(StoreQuery query);

    /// <summary>The mentions of the events <see cref="Events"/> would return (the limit counts mentions), by event then mention id.</summary>
    IEnumerable<StoredEventMention> EventMentions(StoreQuery query);

    /// <summary>Quotes, by article date then id.</summary>
    IEnumerable<StoredQuote> Quotes(StoreQuery query);

    /// <summary>Claims, by article date then id.</summary>
    IEnumerable<StoredClaim> Claims(StoreQuery query);

    /// <summary>Entities merged across articles, most mentioned first.</summary>
    IEnumerable<StoredActor> Actors(StoreQuery query);

    /// <summary>Places where the matching events happened (those with coordinates), most events first.</summary>
    IEnumerable<StoredPlace> Places(StoreQuery query);

    /// <summary>Pairs of countries by the number of matching events between them, busiest first.</summary>
    IEnumerable<StoredDyad> Dyads(StoreQuery query);

    /// <summary>A daily series of the events matching the query (normally a dyad): counts per quad class and Goldstein sum and mean.</summary>
    IReadOnlyList<SeriesPoint> Series(StoreQuery query);

    /// <summary>For each claim with a day-precise target date: were events of its type reported within <paramref name="windowDays"/> days of it?</summary>
    IReadOnlyList<ClaimCheck> CheckClaims(StoreQuery query, int windowDays);

    /// <summary>The whole stored analysis JSON of an article, or null when there is no such article.</summary>
    string? AnalysisJson(long articleId);
}
