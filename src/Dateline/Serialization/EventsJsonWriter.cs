using System.Text.Json;
using Dateline.Documents;
using Dateline.Events;

namespace Dateline.Serialization;

/// <summary>
/// Writes <c>events</c>: <c>[{id, sentence, cameo, root, quadClass, goldstein, plover, source, target, negated,
/// hypothetical, future, question, attributedTo, date, location, evidence, verb}]</c> (docs/SCHEMA.md).
/// </summary>
internal sealed class EventsJsonWriter : ILayerJsonWriter
{
    public string PropertyName => "events";

    public bool CanWrite(Document document, ArticleJsonOptions options) => document.Has(EventLayers.Events);

    public void WriteValue(Utf8JsonWriter writer, Document document, ArticleJsonOptions options)
    {
        writer.WriteStartArray();
        foreach (var e in document.Get(EventLayers.Events))
        {
            writer.WriteStartObject();
            writer.WriteString("id", e.Id);
            writer.WriteNumber("sentence", e.Sentence);
            writer.WriteString("cameo", e.Cameo);
            writer.WriteString("root", e.Root);
            if (e.QuadClass is { } quad) writer.WriteNumber("quadClass", quad);
            else writer.WriteNull("quadClass");
            if (e.Goldstein is { } goldstein) writer.WriteNumber("goldstein", goldstein);
            else writer.WriteNull("goldstein");
            WritePlover(writer, e);
            writer.WritePropertyName("source");
            WriteActor(writer, document, e.Source);
            writer.WritePropertyName("target");
            if (e.Target is null) writer.WriteNullValue();
            else WriteActor(writer, document, e.Target);
            writer.WriteBoolean("negated", e.Negated);
            writer.WriteBoolean("hypothetical", e.Hypothetical);
            writer.WriteBoolean("future", e.Future);
            writer.WriteBoolean("question", e.Question);
            WriteAttribution(writer, document, e.AttributedTo);
            writer.WriteStartObject("date");
            writer.WriteString("value", e.Date.Value);
            writer.WriteString("time", e.Date.Time);
            writer.WriteEndObject();
            WriteLocation(writer, e.Location);
            WriteSpan(writer, "evidence", e.Evidence);
            WriteSpan(writer, "verb", e.Verb);
            writer.WriteEndObject();
        }
        writer.WriteEndArray();
    }

    private static void WritePlover(Utf8JsonWriter writer, Event e)
    {
        if (e.Plover is null)
        {
            writer.WriteNull("plover");
            return;
        }
        writer.WriteStartObject("plover");
        writer.WriteString("type", e.Plover.Type);
        writer.WriteString("mode", e.Plover.Mode);
        writer.WriteString("context", e.Plover.Context);
        writer.WriteEndObject();
    }

    private static void WriteActor(Utf8JsonWriter writer, Document document, EventActor actor)
    {
        writer.WriteStartObject();
        writer.WriteString("actor", actor.Actor);
        writer.WriteString("entity", actor.Entity);
        writer.WriteString("text", document.Slice(actor.Span));
        writer.WriteNumber("start", actor.Span.Start);
        writer.WriteNumber("end", actor.Span.End);
        writer.WriteEndObject();
    }

    private static void WriteAttribution(Utf8JsonWriter writer, Document document, EventAttribution? attribution)
    {
        if (attribution is null)
        {
            writer.WriteNull("attributedTo");
            return;
        }
        writer.WriteStartObject("attributedTo");
        writer.WriteStartObject("speaker");
        writer.WriteString("entity", attribution.Speaker.Entity);
        writer.WriteString("text", document.Slice(attribution.Speaker.Span));
        writer.WriteNumber("start", attribution.Speaker.Span.Start);
        writer.WriteNumber("end", attribution.Speaker.Span.End);
        writer.WriteEndObject();
        writer.WriteString("quote", attribution.Quote);
        writer.WriteEndObject();
    }

    private static void WriteLocation(Utf8JsonWriter writer, EventLocation? location)
    {
        if (location is null)
        {
            writer.WriteNull("location");
            return;
        }
        writer.WriteStartObject("location");
        writer.WriteString("place", location.Place);
        writer.WriteString("name", location.Name);
        writer.WriteNumber("lat", location.Lat);
        writer.WriteNumber("lon", location.Lon);
        writer.WriteString("countryCode", location.CountryCode);
        writer.WriteEndObject();
    }

    private static void WriteSpan(Utf8JsonWriter writer, string name, TextSpan span)
    {
        writer.WriteStartObject(name);
        writer.WriteNumber("start", span.Start);
        writer.WriteNumber("end", span.End);
        writer.WriteEndObject();
    }
}
