using System.Text.Json;
using Dateline.Documents;

namespace Dateline.Serialization;

/// <summary>
/// Writes <c>entities</c>: the linked entities when the linking stage ran (<see cref="LinkedEntitiesJson"/>), else the
/// recognizer's <c>[{id, type, name, mentions: [{start, end, text}]}]</c>.
/// </summary>
internal sealed class EntitiesJsonWriter : ILayerJsonWriter
{
    public string PropertyName => "entities";

    public bool CanWrite(Document document, ArticleJsonOptions options) => document.Has(Layers.Entities);

    public void WriteValue(Utf8JsonWriter writer, Document document, ArticleJsonOptions options)
    {
        if (document.TryGet(Knowledge.Linking.LinkingLayers.EntityLinks, out var linked))
        {
            LinkedEntitiesJson.Write(writer, document, linked, options);
            return;
        }
        writer.WriteStartArray();
        foreach (var entity in document.Get(Layers.Entities))
        {
            writer.WriteStartObject();
            writer.WriteString("id", entity.Id);
            writer.WriteString("type", TypeName(entity.Type));
            writer.WriteString("name", entity.Name);
            writer.WriteStartArray("mentions");
            foreach (var mention in entity.Mentions)
            {
                SpanJson.Write(writer, document, mention, options);
            }
            writer.WriteEndArray();
            writer.WriteEndObject();
        }
        writer.WriteEndArray();
    }

    /// <summary>The schema's name for an entity type.</summary>
    public static string TypeName(EntityType type) => type switch
    {
        EntityType.Person => "PERSON",
        EntityType.Organization => "ORGANIZATION",
        EntityType.Location => "LOCATION",
        EntityType.Group => "GROUP",
        _ => throw new ArgumentOutOfRangeException(nameof(type), type, null),
    };
}
