using Dateline.Documents;

namespace Dateline.Knowledge.Linking;

/// <summary>The layer the linking stage assigns.</summary>
public static class LinkingLayers
{
    /// <summary>Entities after alias merging, with canonical names, actors and places, in order of first mention.</summary>
    public static readonly LayerKey<IReadOnlyList<LinkedEntity>> EntityLinks = new("entityLinks");
}
