using Dateline.Documents;

namespace Dateline.Knowledge.Gazetteer;

/// <summary>The layer the place resolution stage assigns.</summary>
public static class PlaceLayers
{
    /// <summary>Resolved places: dateline places first, then location entities in entity order.</summary>
    public static readonly LayerKey<IReadOnlyList<ResolvedPlace>> Places = new("places");
}
