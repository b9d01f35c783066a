using System.Text.Json;
using Dateline.Documents;
using Dateline.Extraction.Times;

namespace Dateline.Serialization;

/// <summary>
/// Writes <c>times</c>: <c>[{start, end, text, type, value, mod?, range?: {begin, end}, anchored, anchor, sentence}]</c>.
/// </summary>
internal sealed class TimesJsonWriter : ILayerJsonWriter
{
    public string PropertyName => "times";

    public bool CanWrite(Document document, ArticleJsonOptions options) => document.Has(TimeLayers.Times);

    public void WriteValue(Utf8JsonWriter writer, Document document, ArticleJsonOptions options)
    {
        writer.WriteStartArray();
        foreach (var time in document.Get(TimeLayers.Times))
        {
            writer.WriteStartObject();
            writer.WriteNumber("start", time.Start);
            writer.WriteNumber("end", time.End);
            if (options.IncludeSpanText) writer.WriteString("text", document.Slice(new TextSpan(time.Start, time.End)));
            writer.WriteString("type", TypeName(time.Type));
            writer.WriteString("value", time.Value);
            if (time.Mod != null) writer.WriteString("mod", time.Mod);
            if (time.RangeBegin != null && time.RangeEnd != null)
            {
                writer.WriteStartObject("range");
                writer.WriteString("begin", time.RangeBegin);
                writer.WriteString("end", time.RangeEnd);
                writer.WriteEndObject();
            }
            writer.WriteBoolean("anchored", time.Anchored);
            if (time.Anchor is { } anchor) writer.WriteString("anchor", anchor.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
            else writer.WriteNull("anchor");
            writer.WriteNumber("sentence", time.Sentence);
            writer.WriteEndObject();
        }
        writer.WriteEndArray();
    }

    /// <summary>The schema's name for a time type.</summary>
    public static string TypeName(TimeType type) => type switch
    {
        TimeType.Date => "DATE",
        TimeType.Time => "TIME",
        TimeType.Duration => "DURATION",
        TimeType.Set => "SET",
        _ => throw new ArgumentOutOfRangeException(nameof(type), type, null),
    };
}
