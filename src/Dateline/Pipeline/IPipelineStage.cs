using Dateline.Documents;

namespace Dateline.Pipeline;

/// <summary>
/// One step of analysis. A stage reads the layers it <see cref="Requires"/> and writes the layers it
/// <see cref="Assigns"/>; the <see cref="PipelineBuilder"/> checks that order before any document runs.
/// </summary>
public interface IPipelineStage
{
    /// <summary>Short name used in errors and in the pipeline description (<c>segmenter</c>, <c>tagger</c>).</summary>
    string Name { get; }

    /// <summary>Layers that must be set before this stage runs.</summary>
    IReadOnlyList<LayerKey> Requires { get; }

    /// <summary>Layers this stage sets.</summary>
    IReadOnlyList<LayerKey> Assigns { get; }

    /// <summary>Analyzes the document and sets the assigned layers.</summary>
    void Process(Document document, CancellationToken cancellationToken);
}
