using Dateline.Documents;

namespace Dateline.Extraction.Claims;

/// <summary>The layer the claim stage assigns.</summary>
public static class ClaimLayers
{
    /// <summary>Claims about events, in text order of their evidence.</summary>
    public static readonly LayerKey<IReadOnlyList<Claim>> Claims = new("claims");
}
