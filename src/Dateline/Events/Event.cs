using Dateline.Documents;
using Dateline.Events.Cameo;

namespace Dateline.Events;

/// <summary>An event of the article, coded in CAMEO (with its PLOVER equivalent), with actors, modality, time, place and evidence.</summary>
public sealed record Event
{
    /// <summary>Identifier unique within the document (<c>ev1</c>, <c>ev2</c>, ...).</summary>
    public required string Id { get; init; }

    /// <summary>Index of the sentence.</summary>
    public required int Sentence { get; init; }

    /// <summary>The CAMEO code (<c>1312</c>).</summary>
    public required string Cameo { get; init; }

    /// <summary>The CAMEO root (<c>13</c>).</summary>
    public required string Root { get; init; }

    /// <summary>The quad class (1 verbal cooperation ... 4 material conflict), or null for a code the catalog lacks.</summary>
    public int? QuadClass { get; init; }

    /// <summary>The Goldstein weight, or null for a code the catalog lacks.</summary>
    public double? Goldstein { get; init; }

    /// <summary>The PLOVER event type, mode and context, or null (root 01 has no PLOVER event).</summary>
    public PloverEvent? Plover { get; init; }

    /// <summary>The source actor.</summary>
    public required EventActor Source { get; init; }

    /// <summary>The target actor, or null.</summary>
    public EventActor? Target { get; init; }

    /// <summary>The event is negated ("does not want to invade").</summary>
    public bool Negated { get; init; }

    /// <summary>The event is conditional or possible ("if it invades", "could").</summary>
    public bool Hypothetical { get; init; }

    /// <summary>The event is future or intended ("will begin moving").</summary>
    public bool Future { get; init; }

    /// <summary>The event is asked about.</summary>
    public bool Question { get; init; }

    /// <summary>The reported speech the event comes from, or null.</summary>
    public EventAttribution? AttributedTo { get; init; }

    /// <summary>The event's date.</summary>
    public required EventDate Date { get; init; }

    /// <summary>The event's place, or null.</summary>
    public EventLocation? Location { get; init; }

    /// <summary>The words from the actors to the verb that code the event.</summary>
    public required TextSpan Evidence { get; init; }

    /// <summary>The verb.</summary>
    public required TextSpan Verb { get; init; }
}
