using Dateline.Documents;

namespace Dateline.Pipeline;

/// <summary>
/// A checked sequence of stages. Built by <see cref="PipelineBuilder"/>; immutable and safe to share
/// between threads as long as each document is processed by one thread.
/// </summary>
public sealed class AnalysisPipeline
{
    internal AnalysisPipeline(IReadOnlyList<IPipelineStage> stages) => Stages = stages;

    /// <summary>The stages in the order they run.</summary>
    public IReadOnlyList<IPipelineStage> Stages { get; }

    /// <summary>All layers the pipeline assigns.</summary>
    public IEnumerable<LayerKey> Assigns => Stages.SelectMany(s => s.Assigns);

    /// <summary>Runs every stage on the document.</summary>
    /// <exception cref="PipelineException">A stage failed (E100); the message names the stage and the document's origin.</exception>
    /// <exception cref="OperationCanceledException">Cancellation was requested.</exception>
    public void Process(Document document, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(document);
        foreach (var stage in Stages)
        {
            cancellationToken.ThrowIfCancellationRequested();
            try
            {
                stage.Process(document, cancellationToken);
            }
            catch (Exception ex) when (ex is not OperationCanceledException and not PipelineException)
            {
                var origin = document.Metadata.Origin ?? document.Metadata.Id ?? "(unnamed document)";
                throw new PipelineException("E100", $"stage '{stage.Name}' failed on '{origin}': {ex.Message}", ex);
            }
        }
    }
}
