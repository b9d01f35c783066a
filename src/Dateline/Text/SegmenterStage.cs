using Dateline.Documents;
using Dateline.Pipeline;

namespace Dateline.Text;

/// <summary>
/// The first stage: tokenizes the text in UD English-EWT style and splits it into sentences.
/// Assigns <see cref="Layers.Tokens"/> and <see cref="Layers.Sentences"/>; requires nothing.
/// </summary>
public sealed class SegmenterStage : IPipelineStage
{
    private readonly Segmenter _segmenter = new(SegmentationLexicon.Default);

    /// <inheritdoc />
    public string Name => "segmenter";

    /// <inheritdoc />
    public IReadOnlyList<LayerKey> Requires { get; } = [];

    /// <inheritdoc />
    public IReadOnlyList<LayerKey> Assigns { get; } = [Layers.Sentences, Layers.Tokens];

    /// <inheritdoc />
    public void Process(Document document, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(document);
        cancellationToken.ThrowIfCancellationRequested();
        var buffer = new TokenBuffer();
        var sentences = _segmenter.Segment(document.Text, buffer);
        document.Set(Layers.Tokens, buffer.ToArray());
        document.Set(Layers.Sentences, sentences);
    }
}
