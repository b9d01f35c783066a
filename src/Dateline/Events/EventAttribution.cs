namespace Dateline.Events;

/// <summary>The reported speech an event comes from.</summary>
/// <param name="Speaker">The speaker.</param>
/// <param name="Quote">The id of the quote in the quotes layer, or null when none is known.</param>
public sealed record EventAttribution(EventSpeaker Speaker, string? Quote);
