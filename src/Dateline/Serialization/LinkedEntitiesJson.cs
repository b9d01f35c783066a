using System.Text.Json;
using Dateline.Documents;
using Dateline.Knowledge.Gazetteer;
using Dateline.Knowledge.Linking;

namespace Dateline.Serialization;

/// <summary>
/// Writes linked entities: <c>[{id, type, name, canonical, entities, mentions: [{start, end, text, recovered?,
/// actor?}], actor, geo}]</c>.
/// </summary>
internal static class LinkedEntitiesJson
{
    public static void Write(Utf8JsonWriter writer, Document document, IReadOnlyList<LinkedEntity> entities, ArticleJsonOptions options)
    {
        writer.WriteStartArray();
        foreach (var entity in entities)
        {
            writer.WriteStartObject();
            writer.WriteString("id", entity.Id);
            writer.WriteString("type", EntitiesJsonWriter.TypeName(entity.Type));
            writer.WriteString("name", entity.Canonical);
            writer.WriteString("canonical", entity.Canonical);
            writer.WriteStartArray("entities");
            foreach (var id in entity.EntityIds) writer.WriteStringValue(id);
            writer.WriteEndArray();
            writer.WriteStartArray("mentions");
            foreach (var mention in entity.Mentions) WriteMention(writer, document, mention, options);
            writer.WriteEndArray();
            writer.WritePropertyName("actor");
            WriteActor(writer, entity.Actor);
            writer.WritePropertyName("geo");
            WriteGeo(writer, entity.Geo);
            writer.WriteEndObject();
        }
        writer.WriteEndArray();
    }

    private static void WriteMention(Utf8JsonWriter writer, Document document, LinkedMention mention, ArticleJsonOptions options)
    {
        writer.WriteStartObject();
        writer.WriteNumber("start", mention.Span.Start);
        writer.WriteNumber("end", mention.Span.End);
        if (options.IncludeSpanText) writer.WriteString("text", document.Slice(mention.Span));
        if (mention.Recovered) writer.WriteBoolean("recovered", true);
        if (mention.Actor is { } actor)
        {
            writer.WritePropertyName("actor");
            WriteActor(writer, actor);
        }
        writer.WriteEndObject();
    }

    private static void WriteActor(Utf8JsonWriter writer, ActorLink? actor)
    {
        if (actor is null)
        {
            writer.WriteNullValue();
            return;
        }
        writer.WriteStartObject();
        writer.WriteString("code", actor.Code);
        WriteNullable(writer, "role", actor.Role);
        WriteNullable(writer, "country", actor.Country);
        writer.WriteString("source", SourceName(actor.Source));
        writer.WriteEndObject();
    }

    private static void WriteGeo(Utf8JsonWriter writer, GeoPlace? geo)
    {
        if (geo is null)
        {
            writer.WriteNullValue();
            return;
        }
        writer.WriteStartObject();
        writer.WriteString("name", geo.Name);
        writer.WriteNumber("lat", geo.Lat);
        writer.WriteNumber("lon", geo.Lon);
        writer.WriteString("countryCode", geo.CountryCode);
        WriteNullable(writer, "admin1", geo.Admin1);
        if (geo.GeonameId is { } id) writer.WriteNumber("geonameId", id);
        else writer.WriteNull("geonameId");
        writer.WriteEndObject();
    }

    private static void WriteNullable(Utf8JsonWriter writer, string name, string? value)
    {
        if (value is null) writer.WriteNull(name);
        else writer.WriteString(name, value);
    }

    /// <summary>The schema's name for an actor source.</summary>
    public static string SourceName(ActorSource source) => source switch
    {
        ActorSource.Dictionary => "dictionary",
        ActorSource.Country => "country",
        ActorSource.Metonymy => "metonymy",
        ActorSource.Context => "context",
        _ => throw new ArgumentOutOfRangeException(nameof(source), source, null),
    };
}
