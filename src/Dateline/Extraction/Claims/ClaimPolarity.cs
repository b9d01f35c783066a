namespace Dateline.Extraction.Claims;

/// <summary>Whether a claim says the event happens or does not.</summary>
public enum ClaimPolarity
{
    /// <summary>The event happens (will, may, is wanted).</summary>
    Positive,

    /// <summary>The event does not happen ("does not want to invade", "will not attack").</summary>
    Negative,
}
