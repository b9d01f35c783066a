using System.Text.Json;
using Dateline.Documents;
using Dateline.Serialization;

namespace Dateline.Knowledge.Gazetteer;

/// <summary>
/// Writes <c>places</c>: <c>[{entity, name, dateline, mentions: [span], place: {name, lat, lon,
/// countryCode, countryCode3, admin1, geonameId, featureCode, population}}]</c>.
/// </summary>
internal sealed class PlacesJsonWriter : ILayerJsonWriter
{
    public string PropertyName => "places";

    public bool CanWrite(Document document, ArticleJsonOptions options) => document.Has(PlaceLayers.Places);

    public void WriteValue(Utf8JsonWriter writer, Document document, ArticleJsonOptions options)
    {
        writer.WriteStartArray();
        foreach (var resolved in document.Get(PlaceLayers.Places))
        {
            writer.WriteStartObject();
            if (resolved.EntityId == null) writer.WriteNull("entity");
            else writer.WriteString("entity", resolved.EntityId);
            writer.WriteString("name", resolved.Name);
            writer.WriteBoolean("dateline", resolved.FromDateline);
            writer.WriteStartArray("mentions");
            foreach (var mention in resolved.Mentions) SpanJson.Write(writer, document, mention, options);
            writer.WriteEndArray();
            writer.WritePropertyName("place");
            WritePlace(writer, resolved.Place);
            writer.WriteEndObject();
        }
        writer.WriteEndArray();
    }

    private static void WritePlace(Utf8JsonWriter writer, GeoPlace place)
    {
        writer.WriteStartObject();
        writer.WriteString("name", place.Name);
        writer.WriteNumber("lat", place.Lat);
        writer.WriteNumber("lon", place.Lon);
        writer.WriteString("countryCode", place.CountryCode);
        writer.WriteString("countryCode3", place.CountryCode3);
        if (place.Admin1 == null) writer.WriteNull("admin1");
        else writer.WriteString("admin1", place.Admin1);
        if (place.GeonameId is { } id) writer.WriteNumber("geonameId", id);
        else writer.WriteNull("geonameId");
        writer.WriteString("featureCode", place.FeatureCode);
        writer.WriteNumber("population", place.Population);
        writer.WriteEndObject();
    }
}
