namespace Dateline.Storage.Reading;

/// <summary>A claim with a target date, checked against the events stored for that date.</summary>
/// <param name="Claim">The claim.</param>
/// <param name="WindowStart">First day searched.</param>
/// <param name="WindowEnd">Last day searched.</param>
/// <param name="MatchingEvents">Events of the claimed CAMEO root (or PLOVER type) dated in the window.</param>
/// <param name="FirstMatch">The earliest such event's id, when any.</param>
public sealed record ClaimCheck(StoredClaim Claim, string WindowStart, string WindowEnd, long MatchingEvents, long? FirstMatch)
{
    /// <summary>True when at least one event of the claimed type was reported in the window.</summary>
    public bool Reported => MatchingEvents > 0;
}
