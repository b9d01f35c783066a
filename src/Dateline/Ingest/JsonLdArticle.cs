namespace Dateline.Ingest;

/// <summary>What a page's JSON-LD says about its article (the first node typed <c>*Article</c> or <c>BlogPosting</c>).</summary>
internal sealed record JsonLdArticle
{
    public string? Headline { get; init; }

    public string? DatePublished { get; init; }

    public IReadOnlyList<string> Authors { get; init; } = [];

    public string? Publisher { get; init; }

    public string? Url { get; init; }
}
