namespace Dateline.Storage.Model;

/// <summary>A claim of one article (the <c>claims</c> layer): someone asserts that an event will or did happen.</summary>
public sealed record ClaimRecord
{
    /// <summary>Its id inside the article.</summary>
    public required string LocalId { get; init; }

    /// <summary>Who makes the claim.</summary>
    public ParticipantRecord? Claimant { get; init; }

    /// <summary>Who reports the claim (an outlet or person), when named.</summary>
    public string? ReportedBy { get; init; }

    /// <summary>CAMEO code of the claimed event.</summary>
    public string? Cameo { get; init; }

    /// <summary>CAMEO root of the claimed event.</summary>
    public string? Root { get; init; }

    /// <summary>PLOVER type of the claimed event.</summary>
    public string? PloverType { get; init; }

    /// <summary>asserted or denied.</summary>
    public string? Polarity { get; init; }

    /// <summary>certain, probable, possible...</summary>
    public string? Modality { get; init; }

    /// <summary>TIMEX3 value of the date the claim is about, when any.</summary>
    public string? TargetDate { get; init; }

    /// <summary>Where that date is written.</summary>
    public AnalysisSpan? TargetSpan { get; init; }

    /// <summary>The text of the claim.</summary>
    public required AnalysisSpan Evidence { get; init; }
}
