using System.Text.Json;
using Dateline.Documents;

namespace Dateline.Serialization;

/// <summary>Writes <c>sentences</c>: <c>[{start, end}]</c>.</summary>
internal sealed class SentencesJsonWriter : ILayerJsonWriter
{
    public string PropertyName => "sentences";

    public bool CanWrite(Document document, ArticleJsonOptions options) => document.Has(Layers.Sentences);

    public void WriteValue(Utf8JsonWriter writer, Document document, ArticleJsonOptions options)
    {
        writer.WriteStartArray();
        foreach (var sentence in document.Get(Layers.Sentences))
        {
            writer.WriteStartObject();
            writer.WriteNumber("start", sentence.Start);
            writer.WriteNumber("end", sentence.End);
            writer.WriteEndObject();
        }
        writer.WriteEndArray();
    }
}
