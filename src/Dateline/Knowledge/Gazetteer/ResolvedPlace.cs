using Dateline.Documents;

namespace Dateline.Knowledge.Gazetteer;

/// <summary>A place named in the article (or its dateline) with the gazetteer place it was resolved to.</summary>
/// <param name="EntityId">Id of the entity in <see cref="Layers.Entities"/>; null for a dateline place.</param>
/// <param name="Name">The name as written (the entity's name, or the dateline place).</param>
/// <param name="Mentions">The entity's mention spans; empty for a dateline place.</param>
/// <param name="Place">The resolved place.</param>
/// <param name="FromDateline">True when the name comes from the article's dateline.</param>
public sealed record ResolvedPlace(string? EntityId, string Name, IReadOnlyList<TextSpan> Mentions, GeoPlace Place, bool FromDateline);
