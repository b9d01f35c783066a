using Dateline.Documents;

namespace Dateline.Events;

/// <summary>The layer the event stage assigns.</summary>
public static class EventLayers
{
    /// <summary>Events in sentence order.</summary>
    public static readonly LayerKey<IReadOnlyList<Event>> Events = new("events");
}
