using Dateline.Documents;
using Dateline.Models;
using Dateline.Pipeline;

namespace Dateline.Text;

/// <summary>
/// The first stage: tokenizes the text in UD English-EWT style and splits it into sentences.
/// Assigns <see cref="Layers.Tokens"/> and <see cref="Layers.Sentences"/>; requires nothing.
/// Sentence ends without a terminal mark are decided by the boundary model
/// (<c>segmenter-boundaries.bin</c>) when the repository holds it, else by the rules alone.
/// </summary>
public sealed class SegmenterStage : IPipelineStage
{
    private readonly Segmenter _segmenter;

    /// <summary>Creates the stage with the boundary model from <paramref name="models"/> (the embedded ones when null).</summary>
    /// <exception cref="InvalidDataException">The model file is not a boundary model of this version.</exception>
    public SegmenterStage(ModelRepository? models = null) =>
        _segmenter = new Segmenter(SegmentationLexicon.Default, Segmenter.LoadModel(models ?? ModelRepository.Embedded));

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
        // About one token per five characters of English text: sized once, no regrowth on typical articles.
        var buffer = new TokenBuffer(document.Text.Length / 5 + 16);
        var sentences = _segmenter.Segment(document.Text, buffer);
        document.Set(Layers.Tokens, buffer.ToArray());
        document.Set(Layers.Sentences, sentences);
    }
}
