using Dateline.Documents;
using Dateline.Extraction.Quotes;
using Dateline.Extraction.Times;
using Dateline.Pipeline;

namespace Dateline.Extraction.Claims;

/// <summary>
/// Finds claims: events named inside quotes (and modal statements in the article's own voice) with their
/// holder, polarity, modality and target date. Requires quotes and times (and the layers quotes read);
/// assigns <see cref="ClaimLayers.Claims"/>.
/// </summary>
public sealed class ClaimStage : IPipelineStage
{
    /// <inheritdoc />
    public string Name => "claims";

    /// <inheritdoc />
    public IReadOnlyList<LayerKey> Requires { get; } = [QuoteLayers.Quotes, TimeLayers.Times];

    /// <inheritdoc />
    public IReadOnlyList<LayerKey> Assigns { get; } = [ClaimLayers.Claims];

    /// <inheritdoc />
    public void Process(Document document, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(document);
        cancellationToken.ThrowIfCancellationRequested();
        var finder = new ClaimFinder(QuoteDocument.Of(document), document.Get(QuoteLayers.Quotes), document.Get(TimeLayers.Times));
        document.Set(ClaimLayers.Claims, finder.Find());
    }
}
