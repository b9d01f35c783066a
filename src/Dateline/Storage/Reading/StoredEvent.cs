namespace Dateline.Storage.Reading;

/// <summary>A happening merged across articles, with GDELT's counters.</summary>
public sealed record StoredEvent
{
    /// <summary>Store id (GDELT's GlobalEventID).</summary>
    public required long Id { get; init; }

    /// <summary>Source actor code.</summary>
    public string? SourceActor { get; init; }

    /// <summary>Target actor code.</summary>
    public string? TargetActor { get; init; }

    /// <summary>Source as first written.</summary>
    public string? SourceName { get; init; }

    /// <summary>Target as first written.</summary>
    public string? TargetName { get; init; }

    /// <summary>CAMEO code.</summary>
    public required string Cameo { get; init; }

    /// <summary>CAMEO root.</summary>
    public string? Root { get; init; }

    /// <summary>Quad class 1-4.</summary>
    public int? QuadClass { get; init; }

    /// <summary>Goldstein scale value.</summary>
    public double? Goldstein { get; init; }

    /// <summary>PLOVER type.</summary>
    public string? PloverType { get; init; }

    /// <summary>PLOVER mode.</summary>
    public string? PloverMode { get; init; }

    /// <summary>PLOVER context.</summary>
    public string? PloverContext { get; init; }

    /// <summary>The event's day.</summary>
    public string? Date { get; init; }

    /// <summary>Place name.</summary>
    public string? Place { get; init; }

    /// <summary>ISO 3166-1 alpha-2 code of the place's country.</summary>
    public string? CountryCode { get; init; }

    /// <summary>Latitude.</summary>
    public double? Lat { get; init; }

    /// <summary>Longitude.</summary>
    public double? Lon { get; init; }

    /// <summary>Mentions in all articles (GDELT NumMentions).</summary>
    public long NumMentions { get; init; }

    /// <summary>Distinct outlets (GDELT NumSources); articles without an outlet count as one unknown outlet.</summary>
    public long NumSources { get; init; }

    /// <summary>Distinct articles (GDELT NumArticles).</summary>
    public long NumArticles { get; init; }

    /// <summary>Distinct stories: syndicated copies of one story count once.</summary>
    public long NumStories { get; init; }

    /// <summary>Earliest publication day of an article mentioning it.</summary>
    public string? FirstSeen { get; init; }

    /// <summary>Latest publication day of an article mentioning it.</summary>
    public string? LastSeen { get; init; }
}
