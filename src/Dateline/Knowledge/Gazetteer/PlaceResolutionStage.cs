using Dateline.Documents;
using Dateline.Pipeline;

namespace Dateline.Knowledge.Gazetteer;

/// <summary>
/// The <c>places</c> stage: resolves the dateline places and every LOCATION entity (plus organization
/// names the overrides list as metonyms, such as <c>the Kremlin</c>) to gazetteer places, and sets
/// <see cref="PlaceLayers.Places"/>. Names the gazetteer does not know are left out.
/// </summary>
public sealed class PlaceResolutionStage : IPipelineStage
{
    private readonly Lazy<Gazetteer> _gazetteer;

    /// <summary>Creates the stage over the embedded gazetteer, read when the first document comes.</summary>
    public PlaceResolutionStage() => _gazetteer = new Lazy<Gazetteer>(() => Gazetteer.Embedded);

    /// <summary>Creates the stage over a given gazetteer.</summary>
    public PlaceResolutionStage(Gazetteer gazetteer)
    {
        ArgumentNullException.ThrowIfNull(gazetteer);
        _gazetteer = new Lazy<Gazetteer>(gazetteer);
    }

    /// <inheritdoc />
    public string Name => "places";

    /// <inheritdoc />
    public IReadOnlyList<LayerKey> Requires { get; } = [Layers.Entities];

    /// <inheritdoc />
    public IReadOnlyList<LayerKey> Assigns { get; } = [PlaceLayers.Places];

    /// <inheritdoc />
    public void Process(Document document, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(document);
        cancellationToken.ThrowIfCancellationRequested();
        var places = Resolve(document);
        document.Set(PlaceLayers.Places, places);
    }

    /// <summary>Computes the layer without setting it.</summary>
    internal IReadOnlyList<ResolvedPlace> Resolve(Document document)
    {
        var gazetteer = _gazetteer.Value;
        var resolver = new PlaceResolver(gazetteer);
        var datelineNames = document.Metadata.DatelinePlaces;
        var dateline = resolver.ResolveDateline(datelineNames);
        var entities = PlaceEntities.Select(document, gazetteer);
        var toponyms = new Toponym[entities.Count];
        for (var i = 0; i < entities.Count; i++) toponyms[i] = PlaceEntities.ToponymOf(document, entities[i], entities);
        var picks = resolver.Resolve(toponyms, dateline);

        var result = new List<ResolvedPlace>(dateline.Count + entities.Count);
        for (var i = 0; i < dateline.Count; i++)
        {
            if (dateline[i] is { } place) result.Add(new ResolvedPlace(null, datelineNames[i], [], place, true));
        }
        for (var i = 0; i < entities.Count; i++)
        {
            if (picks[i] is { } place) result.Add(new ResolvedPlace(entities[i].Id, toponyms[i].Name, entities[i].Mentions, place, false));
        }
        return result;
    }
}
