using Dateline.Documents;

namespace Dateline.Events;

/// <summary>Who reported an event: the entity (when known) and the phrase naming the speaker.</summary>
/// <param name="Entity">The id of the speaker's entity, or null.</param>
/// <param name="Span">The phrase naming the speaker.</param>
public sealed record EventSpeaker(string? Entity, TextSpan Span);
