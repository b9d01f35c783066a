using Dateline.Documents;
using Dateline.Pipeline;

namespace Dateline.Extraction.Quotes;

/// <summary>
/// Finds quotes and who said them: quotation marks paired across sentences and paragraphs, reporting verbs
/// with their clausal complements, and the subjects, objects and outlets around them in the dependency parse.
/// Requires sentences, tokens, tags, lemmas, dependencies and entities; assigns <see cref="QuoteLayers.Quotes"/>.
/// </summary>
public sealed class QuoteStage : IPipelineStage
{
    /// <inheritdoc />
    public string Name => "quotes";

    /// <inheritdoc />
    public IReadOnlyList<LayerKey> Requires { get; } =
        [Layers.Sentences, Layers.Tokens, Layers.Tags, Layers.Lemmas, Layers.Dependencies, Layers.Entities];

    /// <inheritdoc />
    public IReadOnlyList<LayerKey> Assigns { get; } = [QuoteLayers.Quotes];

    /// <inheritdoc />
    public void Process(Document document, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(document);
        cancellationToken.ThrowIfCancellationRequested();
        document.Set(QuoteLayers.Quotes, QuoteFinder.Find(QuoteDocument.Of(document)));
    }
}
