namespace Dateline.Storage.Reading;

/// <summary>One mention of a stored event in one article, with its evidence span.</summary>
public sealed record StoredEventMention
{
    /// <summary>Store id.</summary>
    public required long Id { get; init; }

    /// <summary>The merged event.</summary>
    public required long EventId { get; init; }

    /// <summary>The article.</summary>
    public required long ArticleId { get; init; }

    /// <summary>The article's URL.</summary>
    public string? Url { get; init; }

    /// <summary>The article's outlet.</summary>
    public string? Outlet { get; init; }

    /// <summary>The article's publication day.</summary>
    public string? Published { get; init; }

    /// <summary>The event's id inside the article's analysis.</summary>
    public required string LocalId { get; init; }

    /// <summary>Sentence index.</summary>
    public int? Sentence { get; init; }

    /// <summary>Source words.</summary>
    public string? SourceText { get; init; }

    /// <summary>Target words.</summary>
    public string? TargetText { get; init; }

    /// <summary>Negated in this mention.</summary>
    public bool Negated { get; init; }

    /// <summary>Conditional in this mention.</summary>
    public bool Hypothetical { get; init; }

    /// <summary>Announced for later in this mention.</summary>
    public bool Future { get; init; }

    /// <summary>Asked about in this mention.</summary>
    public bool Question { get; init; }

    /// <summary>The speaker it is attributed to in this mention.</summary>
    public string? Speaker { get; init; }

    /// <summary>Evidence start offset (UTF-16) in the article text.</summary>
    public required int EvidenceStart { get; init; }

    /// <summary>Evidence end offset (exclusive).</summary>
    public required int EvidenceEnd { get; init; }

    /// <summary>Start offset of the source's words, when the source was written in the text.</summary>
    public int? SourceStart { get; init; }

    /// <summary>Start offset of the target's words, when the target was written in the text.</summary>
    public int? TargetStart { get; init; }

    /// <summary>The length of the article's text in UTF-16 code units (the unit of the offsets), when known.</summary>
    public int? DocumentLength { get; init; }
}
