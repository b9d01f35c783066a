namespace Dateline.Events.Cameo;

/// <summary>What a CAMEO code becomes in PLOVER: the event type and, when the mapping gives them, a mode and a context.</summary>
/// <param name="Type">The PLOVER event type (<c>THREATEN</c>, <c>MOBILIZE</c>, ...).</param>
/// <param name="Mode">The type's mode (<c>restrict</c>, <c>troops</c>, ...), or null.</param>
/// <param name="Context">The context (<c>economic</c>, <c>military</c>; several joined by <c>;</c>), or null.</param>
public sealed record PloverEvent(string Type, string? Mode, string? Context);
