using Dateline.Storage.Reading;

namespace Dateline.Storage.Export;

/// <summary>
/// The first mention of each event a query selects, and the URL and outlet of the articles they are in, read in
/// one pass over the mentions (ordered by event then mention id). Kept small: one struct per event, one entry per article.
/// </summary>
internal sealed class FirstMentions
{
    private readonly Dictionary<long, FirstMention> _byEvent = [];
    private readonly Dictionary<long, (string? Url, string? Outlet, string? Published)> _articles = [];

    public FirstMentions(IArticleStore store, StoreQuery query)
    {
        foreach (var m in store.EventMentions(query with { Limit = null }))
        {
            var inLead = m.Sentence == 0;
            if (_byEvent.TryGetValue(m.EventId, out var first))
            {
                if (inLead && !first.InLead) _byEvent[m.EventId] = first with { InLead = true };
                continue;
            }
            _byEvent[m.EventId] = new FirstMention(m.ArticleId, m.Sentence, m.EvidenceStart, m.EvidenceEnd, inLead);
            _articles.TryAdd(m.ArticleId, (m.Url, m.Outlet, m.Published));
        }
    }

    /// <summary>The first mention of an event, or null when it has none.</summary>
    public FirstMention? Of(long eventId) => _byEvent.TryGetValue(eventId, out var m) ? m : null;

    /// <summary>The URL, outlet and publication day of an article seen as a first mention.</summary>
    public (string? Url, string? Outlet, string? Published) Article(long articleId) => _articles.GetValueOrDefault(articleId);

    /// <summary>The URL of the first report, or a <c>dateline:article/ID</c> citation when the article has no URL.</summary>
    public string? SourceUrl(long eventId) =>
        Of(eventId) is { } m ? Article(m.ArticleId).Url ?? ArticleCitation(m.ArticleId) : null;

    /// <summary>A citation for an article without URL.</summary>
    public static string ArticleCitation(long articleId) => "dateline:article/" + articleId.ToString(System.Globalization.CultureInfo.InvariantCulture);
}
