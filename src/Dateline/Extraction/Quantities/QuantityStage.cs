using Dateline.Documents;
using Dateline.Pipeline;

namespace Dateline.Extraction.Quantities;

/// <summary>
/// Finds numbers and quantities: one pass over the tokens with dictionary lookups, no regular expressions.
/// Requires sentences, tokens and tags (tags refine the counted noun); assigns <see cref="QuantityLayers.Quantities"/>.
/// </summary>
public sealed class QuantityStage : IPipelineStage
{
    /// <inheritdoc />
    public string Name => "quantities";

    /// <inheritdoc />
    public IReadOnlyList<LayerKey> Requires { get; } = [Layers.Sentences, Layers.Tokens, Layers.Tags];

    /// <inheritdoc />
    public IReadOnlyList<LayerKey> Assigns { get; } = [QuantityLayers.Quantities];

    /// <inheritdoc />
    public void Process(Document document, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(document);
        cancellationToken.ThrowIfCancellationRequested();
        var quantities = QuantityExtractor.Extract(document);
        document.Set(QuantityLayers.Quantities, quantities);
    }
}
