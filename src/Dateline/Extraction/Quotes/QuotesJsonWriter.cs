using System.Text.Json;
using Dateline.Documents;
using Dateline.Serialization;

namespace Dateline.Extraction.Quotes;

/// <summary>
/// Writes <c>quotes</c>: <c>[{id, kind, content: {start, end, text}, cue: {start, end, text} | null,
/// speaker: {entity, text, start, end} | null, via: [{entity, text, start, end}], medium, sentence}]</c>.
/// </summary>
internal sealed class QuotesJsonWriter : ILayerJsonWriter
{
    public string PropertyName => "quotes";

    public bool CanWrite(Document document, ArticleJsonOptions options) => document.Has(QuoteLayers.Quotes);

    public void WriteValue(Utf8JsonWriter writer, Document document, ArticleJsonOptions options)
    {
        writer.WriteStartArray();
        foreach (var quote in document.Get(QuoteLayers.Quotes))
        {
            writer.WriteStartObject();
            writer.WriteString("id", quote.Id);
            writer.WriteString("kind", KindName(quote.Kind));
            writer.WritePropertyName("content");
            WriteSpan(writer, document, quote.Content);
            writer.WritePropertyName("cue");
            if (quote.HasCue) WriteSpan(writer, document, quote.Cue);
            else writer.WriteNullValue();
            writer.WritePropertyName("speaker");
            if (quote.Speaker != null) WriteParty(writer, document, quote.Speaker);
            else writer.WriteNullValue();
            writer.WriteStartArray("via");
            foreach (var party in quote.Via) WriteParty(writer, document, party);
            writer.WriteEndArray();
            if (quote.Medium is { } medium) writer.WriteString("medium", MediumName(medium));
            else writer.WriteNull("medium");
            writer.WriteNumber("sentence", quote.Sentence);
            writer.WriteEndObject();
        }
        writer.WriteEndArray();
    }

    /// <summary>The schema's name for a quote kind.</summary>
    public static string KindName(QuoteKind kind) => kind switch
    {
        QuoteKind.Direct => "direct",
        QuoteKind.Indirect => "indirect",
        QuoteKind.Mixed => "mixed",
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, null),
    };

    /// <summary>The schema's name for a medium.</summary>
    public static string MediumName(QuoteMedium medium) => medium switch
    {
        QuoteMedium.VideoAddress => "video address",
        QuoteMedium.Statement => "statement",
        QuoteMedium.Interview => "interview",
        QuoteMedium.SocialPost => "social post",
        QuoteMedium.PressConference => "press conference",
        QuoteMedium.Television => "television",
        _ => throw new ArgumentOutOfRangeException(nameof(medium), medium, null),
    };

    private static void WriteSpan(Utf8JsonWriter writer, Document document, TextSpan span)
    {
        writer.WriteStartObject();
        writer.WriteNumber("start", span.Start);
        writer.WriteNumber("end", span.End);
        writer.WriteString("text", document.Slice(span));
        writer.WriteEndObject();
    }

    /// <summary>Writes a speaker, outlet or claim holder: <c>{entity, text, start, end}</c>.</summary>
    internal static void WriteParty(Utf8JsonWriter writer, Document document, QuoteParty party)
    {
        writer.WriteStartObject();
        if (party.Entity != null) writer.WriteString("entity", party.Entity);
        else writer.WriteNull("entity");
        writer.WriteString("text", document.Slice(party.Span));
        writer.WriteNumber("start", party.Span.Start);
        writer.WriteNumber("end", party.Span.End);
        writer.WriteEndObject();
    }
}
