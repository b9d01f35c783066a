namespace Dateline.Storage.Reading;

/// <summary>
/// Filters for reading the store; every filter is optional and they combine with AND. Each list applies
/// the filters that make sense for it (an outlet filters events through their mentions' articles).
/// </summary>
public sealed record StoreQuery
{
    /// <summary>An actor on either side: a full CAMEO actor code (<c>RUSGOV</c>) or its first three letters (<c>RUS</c>).</summary>
    public string? Actor { get; init; }

    /// <summary>Source actor of a dyad (code or three-letter country part).</summary>
    public string? Source { get; init; }

    /// <summary>Target actor of a dyad (code or three-letter country part).</summary>
    public string? Target { get; init; }

    /// <summary>CAMEO code: two digits match the root (<c>19</c>), more match the code exactly.</summary>
    public string? Cameo { get; init; }

    /// <summary>PLOVER event type (<c>ASSAULT</c>).</summary>
    public string? Plover { get; init; }

    /// <summary>GDELT quad class 1-4.</summary>
    public int? QuadClass { get; init; }

    /// <summary>First day, inclusive (<c>YYYY-MM-DD</c>).</summary>
    public string? From { get; init; }

    /// <summary>Last day, inclusive (<c>YYYY-MM-DD</c>).</summary>
    public string? To { get; init; }

    /// <summary>Place name, case ignored.</summary>
    public string? Place { get; init; }

    /// <summary>ISO 3166-1 alpha-2 country code of the place.</summary>
    public string? Country { get; init; }

    /// <summary>Outlet (the article's <c>source</c>), exact.</summary>
    public string? Outlet { get; init; }

    /// <summary>Speaker or claimant name, a case-insensitive substring.</summary>
    public string? Speaker { get; init; }

    /// <summary>Full-text search: all words must occur in the article (or, for quotes, in the quote).</summary>
    public string? Text { get; init; }

    /// <summary>At most this many rows; null for all.</summary>
    public int? Limit { get; init; } = 100;

    /// <summary>Rows to skip first, in list order (lists of rows only: a series and claim checks ignore it).</summary>
    public int Offset { get; init; }
}
