namespace Dateline.Documents;

/// <summary>What is known about an article apart from its text.</summary>
public sealed record ArticleMetadata
{
    /// <summary>Identifier: given by the input, else derived from the content hash.</summary>
    public string? Id { get; init; }

    /// <summary>Canonical URL, when known.</summary>
    public string? Url { get; init; }

    /// <summary>Headline, when known.</summary>
    public string? Title { get; init; }

    /// <summary>Publication date and time, when known; never taken from the clock.</summary>
    public DateTimeOffset? Published { get; init; }

    /// <summary>The outlet, desk or agency (<c>Reuters</c>, <c>Jagran News Desk</c>).</summary>
    public string? Source { get; init; }

    /// <summary>Names from bylines, in order.</summary>
    public IReadOnlyList<string> Bylines { get; init; } = [];

    /// <summary>Places named in the dateline, in order.</summary>
    public IReadOnlyList<string> DatelinePlaces { get; init; } = [];

    /// <summary>ISO 639-1 language code.</summary>
    public string Language { get; init; } = "en";

    /// <summary>Where the article was read from (a path, with <c>#line</c> or <c>#item</c> where one file holds several).</summary>
    public string? Origin { get; init; }
}
