using Dateline.Documents;
using Dateline.Knowledge.Gazetteer;

namespace Dateline.Knowledge.Linking;

/// <summary>One real-world entity of the article: the recognizer's entities that name it, merged.</summary>
/// <param name="Id">The id of the first merged entity in <see cref="Layers.Entities"/>.</param>
/// <param name="Type">The entity type (that of the merged entity with most mentions).</param>
/// <param name="Canonical">The canonical name: the longest name without titles or possessives.</param>
/// <param name="EntityIds">Ids of every merged recognizer entity, in entity order.</param>
/// <param name="Mentions">Every mention in text order, recovered ones included.</param>
/// <param name="Actor">The actor valid at the article date, or null when none is known.</param>
/// <param name="Geo">The place from the places layer, or null.</param>
public sealed record LinkedEntity(
    string Id,
    EntityType Type,
    string Canonical,
    IReadOnlyList<string> EntityIds,
    IReadOnlyList<LinkedMention> Mentions,
    ActorLink? Actor,
    GeoPlace? Geo);
