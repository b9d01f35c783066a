using System.Text.Json;
using Dateline.Documents;

namespace Dateline.Broker;

/// <summary>
/// The message body of one queued article (<c>dateline.queued/1</c>): the text and the metadata the input
/// readers found, as JSON. Workers turn it back into a <see cref="Document"/>.
/// </summary>
internal static class QueuedArticle
{
    /// <summary>The schema name written into every message.</summary>
    public const string Schema = "dateline.queued/1";

    /// <summary>The content type of the messages.</summary>
    public const string ContentType = "application/json";

    public static byte[] Encode(Document document)
    {
        var meta = document.Metadata;
        using var buffer = new MemoryStream(document.Text.Length * 2 + 256);
        using (var w = new Utf8JsonWriter(buffer))
        {
            w.WriteStartObject();
            w.WriteString("schema", Schema);
            WriteOptional(w, "id", meta.Id);
            WriteOptional(w, "url", meta.Url);
            WriteOptional(w, "title", meta.Title);
            if (meta.Published is { } published) w.WriteString("published", published);
            WriteOptional(w, "source", meta.Source);
            WriteList(w, "bylines", meta.Bylines);
            WriteList(w, "datelinePlaces", meta.DatelinePlaces);
            w.WriteString("language", meta.Language);
            WriteOptional(w, "origin", meta.Origin);
            w.WriteString("text", document.Text);
            w.WriteEndObject();
        }
        return buffer.ToArray();
    }

    /// <summary>Reads a message body back into a document.</summary>
    /// <exception cref="FormatException">The body is not a <c>dateline.queued/1</c> article; the message says what is wrong.</exception>
    public static Document Decode(ReadOnlyMemory<byte> body)
    {
        try
        {
            using var json = JsonDocument.Parse(body);
            var root = json.RootElement;
            if (root.ValueKind != JsonValueKind.Object) throw new FormatException("the message is not a JSON object");
            if (String(root, "schema") != Schema) throw new FormatException($"the message's schema is not {Schema}");
            var text = String(root, "text") ?? throw new FormatException("the message has no text");
            var metadata = new ArticleMetadata
            {
                Id = String(root, "id"),
                Url = String(root, "url"),
                Title = String(root, "title"),
                Published = root.TryGetProperty("published", out var p) && p.ValueKind == JsonValueKind.String ? p.GetDateTimeOffset() : null,
                Source = String(root, "source"),
                Bylines = List(root, "bylines"),
                DatelinePlaces = List(root, "datelinePlaces"),
                Language = String(root, "language") ?? "en",
                Origin = String(root, "origin"),
            };
            return new Document(text, metadata);
        }
        catch (Exception ex) when (ex is JsonException or InvalidOperationException)
        {
            throw new FormatException("the message is not a readable queued article: " + ex.Message, ex);
        }
    }

    private static string? String(JsonElement root, string name)
    {
        if (!root.TryGetProperty(name, out var value) || value.ValueKind == JsonValueKind.Null) return null;
        if (value.ValueKind != JsonValueKind.String) throw new FormatException($"'{name}' is not a string");
        return value.GetString();
    }

    private static string[] List(JsonElement root, string name)
    {
        if (!root.TryGetProperty(name, out var value) || value.ValueKind != JsonValueKind.Array) return [];
        var list = new string[value.GetArrayLength()];
        var i = 0;
        foreach (var item in value.EnumerateArray()) list[i++] = item.GetString() ?? "";
        return list;
    }

    private static void WriteOptional(Utf8JsonWriter w, string name, string? value)
    {
        if (value is not null) w.WriteString(name, value);
    }

    private static void WriteList(Utf8JsonWriter w, string name, IReadOnlyList<string> values)
    {
        if (values.Count == 0) return;
        w.WriteStartArray(name);
        foreach (var value in values) w.WriteStringValue(value);
        w.WriteEndArray();
    }
}
