using Dateline.Documents;
using Dateline.Models;
using Dateline.Pipeline;

namespace Dateline.Nlp.Entities;

/// <summary>
/// The <c>ner</c> stage: finds persons, organizations, locations and groups and sets <see cref="Layers.Entities"/>.
/// Needs only sentences and tokens, so it can run without the tagger. The model (<c>ner.bin</c>) is loaded
/// from the repository the first time a document is processed.
/// </summary>
public sealed class EntityRecognizerStage : IPipelineStage
{
    private readonly Lazy<EntityRecognizer> _recognizer;

    /// <summary>Creates the stage reading its model from <paramref name="models"/> when first needed.</summary>
    public EntityRecognizerStage(ModelRepository models)
    {
        ArgumentNullException.ThrowIfNull(models);
        _recognizer = new Lazy<EntityRecognizer>(() => EntityRecognizer.Load(models), LazyThreadSafetyMode.ExecutionAndPublication);
    }

    /// <inheritdoc />
    public string Name => "ner";

    /// <inheritdoc />
    public IReadOnlyList<LayerKey> Requires { get; } = [Layers.Sentences, Layers.Tokens];

    /// <inheritdoc />
    public IReadOnlyList<LayerKey> Assigns { get; } = [Layers.Entities];

    /// <inheritdoc />
    public void Process(Document document, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(document);
        var entities = _recognizer.Value.Recognize(document, cancellationToken);
        document.Set(Layers.Entities, entities);
    }
}
