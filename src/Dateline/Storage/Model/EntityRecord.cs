namespace Dateline.Storage.Model;

/// <summary>An entity of one article as the store reads it from the <c>entities</c> layer.</summary>
/// <param name="LocalId">The entity's id inside its article (<c>e1</c>).</param>
/// <param name="Type">PERSON, ORGANIZATION, LOCATION or GROUP.</param>
/// <param name="Name">The canonical name the recognizer or linker gave.</param>
/// <param name="ActorCode">The CAMEO actor code when linking or event coding gave one, else null.</param>
/// <param name="Mentions">Where it is mentioned.</param>
public sealed record EntityRecord(string LocalId, string Type, string Name, string? ActorCode, IReadOnlyList<AnalysisSpan> Mentions);
