namespace Dateline.Storage.Model;

/// <summary>A coded event of one article (the <c>events</c> layer).</summary>
public sealed record EventRecord
{
    /// <summary>Its id inside the article.</summary>
    public required string LocalId { get; init; }

    /// <summary>Index of its sentence.</summary>
    public int? Sentence { get; init; }

    /// <summary>CAMEO event code (<c>0431</c>).</summary>
    public required string Cameo { get; init; }

    /// <summary>CAMEO root code (<c>04</c>).</summary>
    public string? Root { get; init; }

    /// <summary>GDELT quad class 1-4.</summary>
    public int? QuadClass { get; init; }

    /// <summary>Goldstein scale value.</summary>
    public double? Goldstein { get; init; }

    /// <summary>PLOVER event type, mode and context.</summary>
    public string? PloverType { get; init; }

    /// <summary>PLOVER mode.</summary>
    public string? PloverMode { get; init; }

    /// <summary>PLOVER context.</summary>
    public string? PloverContext { get; init; }

    /// <summary>Who acted.</summary>
    public ParticipantRecord? Source { get; init; }

    /// <summary>Who was acted upon, when anyone.</summary>
    public ParticipantRecord? Target { get; init; }

    /// <summary>Flags the coder set.</summary>
    public bool Negated { get; init; }

    /// <summary>The event is conditional.</summary>
    public bool Hypothetical { get; init; }

    /// <summary>The event is announced for later.</summary>
    public bool Future { get; init; }

    /// <summary>The event is asked about.</summary>
    public bool Question { get; init; }

    /// <summary>The speaker the event is attributed to, when reported speech.</summary>
    public ParticipantRecord? Speaker { get; init; }

    /// <summary>The quote id inside the article the event was coded from, when any.</summary>
    public string? QuoteId { get; init; }

    /// <summary>TIMEX3 value of the event's date, when resolved.</summary>
    public string? Date { get; init; }

    /// <summary>Where it happened, when located.</summary>
    public string? PlaceName { get; init; }

    /// <summary>ISO 3166-1 alpha-2 code of the place's country.</summary>
    public string? CountryCode { get; init; }

    /// <summary>Latitude of the place.</summary>
    public double? Lat { get; init; }

    /// <summary>Longitude of the place.</summary>
    public double? Lon { get; init; }

    /// <summary>The text the event was coded from.</summary>
    public required AnalysisSpan Evidence { get; init; }
}
