using Dateline.Documents;

namespace Dateline.Events;

/// <summary>The source or target of an event: its actor code, the entity naming it (when known) and the phrase.</summary>
/// <param name="Actor">The CAMEO actor code, e.g. <c>RUSMIL</c>.</param>
/// <param name="Entity">The id of the entity in <see cref="Layers.Entities"/> the phrase mentions, or null.</param>
/// <param name="Span">The noun phrase naming the actor.</param>
public sealed record EventActor(string Actor, string? Entity, TextSpan Span);
