using Dateline.Documents;

namespace Dateline.Pipeline;

/// <summary>
/// Assembles stages in the order given and checks, once, that every layer a stage requires is
/// assigned by an earlier stage and that no two stages assign the same layer. Stages are never reordered.
/// </summary>
public sealed class PipelineBuilder
{
    private readonly List<IPipelineStage> _stages = [];

    /// <summary>Appends a stage.</summary>
    public PipelineBuilder Add(IPipelineStage stage)
    {
        ArgumentNullException.ThrowIfNull(stage);
        _stages.Add(stage);
        return this;
    }

    /// <summary>Checks the order and returns the pipeline.</summary>
    /// <exception cref="PipelineException">A stage requires a layer no earlier stage assigns (E001), or two stages assign the same layer (E004).</exception>
    public AnalysisPipeline Build()
    {
        var assigned = new Dictionary<LayerKey, string>();
        foreach (var stage in _stages)
        {
            foreach (var required in stage.Requires)
            {
                if (!assigned.ContainsKey(required))
                {
                    throw new PipelineException("E001",
                        $"stage '{stage.Name}' requires layer '{required.Name}', which no earlier stage assigns.");
                }
            }
            foreach (var layer in stage.Assigns)
            {
                if (!assigned.TryAdd(layer, stage.Name))
                {
                    throw new PipelineException("E004",
                        $"stage '{stage.Name}' assigns layer '{layer.Name}', already assigned by stage '{assigned[layer]}'.");
                }
            }
        }
        return new AnalysisPipeline([.. _stages]);
    }
}
