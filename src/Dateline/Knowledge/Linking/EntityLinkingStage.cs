using Dateline.Documents;
using Dateline.Knowledge.Gazetteer;
using Dateline.Pipeline;

namespace Dateline.Knowledge.Linking;

/// <summary>
/// The <c>linking</c> stage: merges the recognizer's entities that name one real entity, recovers the mentions
/// it missed, and gives each entity a canonical name, an actor code valid at the article date and its place.
/// Sets <see cref="LinkingLayers.EntityLinks"/>; the <c>entities</c> layer is left as the recognizer made it.
/// </summary>
public sealed class EntityLinkingStage : IPipelineStage
{
    private readonly EntityLinker _linker;

    /// <summary>Creates the stage over <paramref name="dictionaries"/> and a gazetteer (the embedded one when null).</summary>
    public EntityLinkingStage(DictionarySet dictionaries, Gazetteer.Gazetteer? gazetteer = null)
    {
        ArgumentNullException.ThrowIfNull(dictionaries);
        Resolver = new ActorResolver(dictionaries, gazetteer);
        _linker = new EntityLinker(Resolver);
    }

    /// <summary>The resolver the stage codes with (for stages that code noun phrases the same way).</summary>
    public ActorResolver Resolver { get; }

    /// <inheritdoc />
    public string Name => "linking";

    /// <inheritdoc />
    public IReadOnlyList<LayerKey> Requires { get; } =
        [Layers.Sentences, Layers.Tokens, Layers.Tags, Layers.Lemmas, Layers.Dependencies, Layers.Entities, PlaceLayers.Places];

    /// <inheritdoc />
    public IReadOnlyList<LayerKey> Assigns { get; } = [LinkingLayers.EntityLinks];

    /// <inheritdoc />
    public void Process(Document document, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(document);
        cancellationToken.ThrowIfCancellationRequested();
        document.Set(LinkingLayers.EntityLinks, _linker.Link(document));
    }
}
