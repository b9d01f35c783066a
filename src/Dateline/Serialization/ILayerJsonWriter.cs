using System.Text.Json;
using Dateline.Documents;

namespace Dateline.Serialization;

/// <summary>Writes one layer of a document as a property of the article JSON object.</summary>
public interface ILayerJsonWriter
{
    /// <summary>The JSON property name (the layer's name in <c>docs/SCHEMA.md</c>).</summary>
    string PropertyName { get; }

    /// <summary>True when the document carries what this writer needs.</summary>
    bool CanWrite(Document document, ArticleJsonOptions options);

    /// <summary>Writes the property value (the name has already been written).</summary>
    void WriteValue(Utf8JsonWriter writer, Document document, ArticleJsonOptions options);
}
