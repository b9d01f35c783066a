namespace Dateline.Storage.Model;

/// <summary>A source, target, speaker or claimant: an actor code and/or an entity, and the words that name it.</summary>
/// <param name="ActorCode">CAMEO actor code, when coded.</param>
/// <param name="EntityId">The entity's id inside the article, when linked.</param>
/// <param name="Text">The words that name it, when given.</param>
/// <param name="Span">Where those words are, when located.</param>
public sealed record ParticipantRecord(string? ActorCode, string? EntityId, string? Text, AnalysisSpan? Span);
