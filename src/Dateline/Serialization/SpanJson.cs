using System.Text.Json;
using Dateline.Documents;

namespace Dateline.Serialization;

/// <summary>Writes a span as <c>{start, end, text}</c>, the shape every evidence span takes in the schema.</summary>
internal static class SpanJson
{
    public static void Write(Utf8JsonWriter writer, Document document, TextSpan span, ArticleJsonOptions options)
    {
        writer.WriteStartObject();
        writer.WriteNumber("start", span.Start);
        writer.WriteNumber("end", span.End);
        if (options.IncludeSpanText) writer.WriteString("text", document.Slice(span));
        writer.WriteEndObject();
    }
}
