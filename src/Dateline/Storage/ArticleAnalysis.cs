using Dateline.Storage.Dedup;
using Dateline.Storage.Model;

namespace Dateline.Storage;

/// <summary>
/// One analyzed article as the store takes it: the <c>dateline.article/1</c> JSON (kept whole, so that
/// everything can be re-derived) and the rows read from it. Build it with <see cref="FromJson"/>.
/// </summary>
public sealed record ArticleAnalysis
{
    /// <summary>SHA-256 of the normalized text (<see cref="ContentHash"/>): the article's identity in the store.</summary>
    public required string ContentHash { get; init; }

    /// <summary>The input's own id (<c>article.id</c>).</summary>
    public string? ExternalId { get; init; }

    /// <summary>Canonical URL; a second article with a stored URL is not stored again.</summary>
    public string? Url { get; init; }

    /// <summary>Headline.</summary>
    public string? Title { get; init; }

    /// <summary>Outlet or agency.</summary>
    public string? Source { get; init; }

    /// <summary>Publication date, <c>YYYY-MM-DD</c>.</summary>
    public string? Published { get; init; }

    /// <summary>The article text all spans point into.</summary>
    public required string Text { get; init; }

    /// <summary>The whole analysis JSON.</summary>
    public required string Json { get; init; }

    /// <summary>MinHash signature of the text for syndication clustering; null for texts under five words.</summary>
    public MinHashSignature? Signature { get; init; }

    /// <summary>Entities (empty when the layer is absent).</summary>
    public IReadOnlyList<EntityRecord> Entities { get; init; } = [];

    /// <summary>Time expressions.</summary>
    public IReadOnlyList<TimeRecord> Times { get; init; } = [];

    /// <summary>Quantities.</summary>
    public IReadOnlyList<QuantityRecord> Quantities { get; init; } = [];

    /// <summary>Quotations.</summary>
    public IReadOnlyList<QuoteRecord> Quotes { get; init; } = [];

    /// <summary>Coded events.</summary>
    public IReadOnlyList<EventRecord> Events { get; init; } = [];

    /// <summary>Claims.</summary>
    public IReadOnlyList<ClaimRecord> Claims { get; init; } = [];

    /// <summary>Reads an article from its <c>dateline.article/1</c> JSON.</summary>
    /// <exception cref="FormatException">The JSON is malformed or not an article of that schema.</exception>
    public static ArticleAnalysis FromJson(string json) => AnalysisJsonReader.Read(json);
}
