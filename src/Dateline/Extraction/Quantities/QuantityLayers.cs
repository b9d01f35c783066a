using Dateline.Documents;

namespace Dateline.Extraction.Quantities;

/// <summary>The layer the quantity stage assigns.</summary>
public static class QuantityLayers
{
    /// <summary>Numbers and quantities (counts, money, percentages, measures, ordinals), in text order.</summary>
    public static readonly LayerKey<IReadOnlyList<Quantity>> Quantities = new("quantities");
}
