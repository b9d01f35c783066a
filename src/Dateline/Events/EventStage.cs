using Dateline.Documents;
using Dateline.Events.Cameo;
using Dateline.Knowledge.Actors;
using Dateline.Pipeline;

namespace Dateline.Events;

/// <summary>
/// Codes the events of every sentence (<see cref="EventCoder"/>) and places them in the document: CAMEO root,
/// quad class, Goldstein and PLOVER from the built-in tables, the entities the actors mention, the event's own
/// time expression or the article date, a place in its clause or the dateline, the reporting speaker.
/// Requires sentences, tokens, tags, lemmas and dependencies; reads entities, places and times when present;
/// assigns <see cref="EventLayers.Events"/>.
/// </summary>
public sealed class EventStage : IPipelineStage
{
    private readonly EventCoder _coder;
    private readonly CameoCatalog _catalog;
    private readonly PloverMapping _plover;

    /// <summary>A stage over the built-in verb dictionary, actors and agents.</summary>
    public EventStage()
        : this(BuiltInDictionaries())
    {
    }

    /// <summary>A stage over a pipeline's dictionaries (a user's files before the built-in ones; see <see cref="EventDictionaries.From"/>).</summary>
    public EventStage(Knowledge.DictionarySet dictionaries)
        : this(EventDictionaries.From(dictionaries))
    {
    }

    /// <summary>A stage over the given dictionaries.</summary>
    public EventStage(EventDictionaries dictionaries)
    {
        _coder = new EventCoder(dictionaries, requireTarget: false);
        _catalog = CameoCatalog.LoadBuiltIn();
        _plover = PloverMapping.LoadBuiltIn();
    }

    /// <inheritdoc />
    public string Name => "events";

    /// <inheritdoc />
    public IReadOnlyList<LayerKey> Requires { get; } = [Layers.Sentences, Layers.Tokens, Layers.Tags, Layers.Lemmas, Layers.Dependencies];

    /// <inheritdoc />
    public IReadOnlyList<LayerKey> Assigns { get; } = [EventLayers.Events];

    /// <summary>The built-in verbs (<see cref="BuiltInVerbs"/>), discards (<see cref="BuiltInDiscards"/>), actors and agents (<see cref="BuiltInKnowledge"/>).</summary>
    public static EventDictionaries BuiltInDictionaries()
    {
        var knowledge = BuiltInKnowledge.Load();
        return new EventDictionaries(BuiltInVerbs.Load(), knowledge.Actors, knowledge.Agents, BuiltInDiscards.Load());
    }

    /// <inheritdoc />
    public void Process(Document document, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(document);
        var sentences = document.Get(Layers.Sentences);
        var context = new EventContext(document, _catalog, _plover);
        var events = new List<Event>();
        var discourse = new Discourse();
        for (var i = 0; i < sentences.Count; i++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var parsed = ParsedSentence.FromDocument(document, sentences[i]);
            foreach (var coded in _coder.Code(parsed, context.CodingDate, discourse))
            {
                events.Add(context.Build(coded, parsed, i, "ev" + (events.Count + 1).ToString(System.Globalization.CultureInfo.InvariantCulture)));
            }
        }
        document.Set(EventLayers.Events, events);
    }
}
