using System.Buffers;
using System.Text.Json;
using Dateline.Documents;

namespace Dateline.Serialization;

/// <summary>
/// Writes an analyzed document as one JSON object in the <c>dateline.article/1</c> schema
/// (<c>docs/SCHEMA.md</c>): <c>schema</c>, <c>article</c>, <c>text</c>, then each layer present.
/// </summary>
public sealed class ArticleJsonWriter
{
    /// <summary>The schema identifier written into every object.</summary>
    public const string Schema = "dateline.article/1";

    private readonly IReadOnlyList<ILayerJsonWriter> _layers;

    /// <summary>Creates a writer for the given layers, written in the order given.</summary>
    public ArticleJsonWriter(IReadOnlyList<ILayerJsonWriter> layers) => _layers = layers;

    /// <summary>A writer for every layer the core knows, in schema order.</summary>
    public static ArticleJsonWriter Default { get; } = new(
    [
        new SentencesJsonWriter(),
        new TokensJsonWriter(),
        new EntitiesJsonWriter(),
        new Knowledge.Gazetteer.PlacesJsonWriter(),
        new TimesJsonWriter(),
        new QuantitiesJsonWriter(),
        new Extraction.Quotes.QuotesJsonWriter(),
        new Extraction.Claims.ClaimsJsonWriter(),
    ]);

    /// <summary>Writes the document as one JSON object.</summary>
    public void Write(Utf8JsonWriter writer, Document document, ArticleJsonOptions options)
    {
        writer.WriteStartObject();
        writer.WriteString("schema", Schema);
        writer.WritePropertyName("article");
        ArticleMetadataJson.Write(writer, document);
        writer.WriteString("text", document.Text);
        foreach (var layer in _layers)
        {
            if (!layer.CanWrite(document, options)) continue;
            writer.WritePropertyName(layer.PropertyName);
            layer.WriteValue(writer, document, options);
        }
        writer.WriteEndObject();
    }

    /// <summary>Returns the document's JSON as a string.</summary>
    public string ToJson(Document document, ArticleJsonOptions options)
    {
        var buffer = new ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(buffer, JsonOptions(options)))
        {
            Write(writer, document, options);
        }
        return System.Text.Encoding.UTF8.GetString(buffer.WrittenSpan);
    }

    /// <summary>
    /// Writer options for article JSON: non-ASCII text is written as is (readable), while quotes and
    /// control characters are escaped as JSON requires. Consumers that embed it in HTML must escape it there.
    /// </summary>
    public static JsonWriterOptions JsonOptions(ArticleJsonOptions options) => new()
    {
        Indented = options.Indented,
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };
}
