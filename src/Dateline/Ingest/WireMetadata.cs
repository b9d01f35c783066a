using Dateline.Documents;

namespace Dateline.Ingest;

/// <summary>Metadata found in an article's own text by the <see cref="WireMetadataExtractor"/>.</summary>
public sealed record WireMetadata
{
    /// <summary>Nothing found.</summary>
    public static WireMetadata None { get; } = new();

    /// <summary>The whole dateline, from its first place to its separator (<c>—</c>, <c>-</c>, <c>:</c>) inclusive, when there is one.</summary>
    public TextSpan? Dateline { get; init; }

    /// <summary>Places named in the dateline, in order (<c>Moscow/ Kyiv</c> → Moscow, Kyiv; <c>KYIV, Ukraine</c> → Kyiv, Ukraine).</summary>
    public IReadOnlyList<WireValue> DatelinePlaces { get; init; } = [];

    /// <summary>The month (1–12) and day of a dated dateline (<c>WASHINGTON, Feb 15 (AP) —</c>), spanning the date.</summary>
    public (int Month, int Day, TextSpan Span)? DatelineDate { get; init; }

    /// <summary>The desk or agency: from the dateline (<c>| Jagran News Desk:</c>, <c>(Reuters)</c>), a byline, or a line of its own.</summary>
    public WireValue? Source { get; init; }

    /// <summary>Authors from bylines and credit lines (<c>By …</c>, <c>Posted By: …</c>, <c>Written by …</c>, <c>Reporting by …</c>), in order.</summary>
    public IReadOnlyList<WireValue> Bylines { get; init; } = [];

    /// <summary>Editors from credit lines (<c>Editing by …</c>); not authors, so kept apart from <see cref="Bylines"/>.</summary>
    public IReadOnlyList<WireValue> Editors { get; init; } = [];
}
