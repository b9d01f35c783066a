using System.Text.Json;
using Dateline.Documents;
using Dateline.Extraction.Quotes;
using Dateline.Serialization;

namespace Dateline.Extraction.Claims;

/// <summary>
/// Writes <c>claims</c>: <c>[{id, claimant, reportedBy: {quote, speaker} | null, event: {cameo, plover, lemma,
/// trigger, actor}, polarity, modality, targetDate: {value, start, end, text} | null, evidence, sentence}]</c>.
/// </summary>
internal sealed class ClaimsJsonWriter : ILayerJsonWriter
{
    public string PropertyName => "claims";

    public bool CanWrite(Document document, ArticleJsonOptions options) => document.Has(ClaimLayers.Claims);

    public void WriteValue(Utf8JsonWriter writer, Document document, ArticleJsonOptions options)
    {
        writer.WriteStartArray();
        foreach (var claim in document.Get(ClaimLayers.Claims))
        {
            writer.WriteStartObject();
            writer.WriteString("id", claim.Id);
            writer.WritePropertyName("claimant");
            WriteParty(writer, document, claim.Claimant);
            writer.WritePropertyName("reportedBy");
            if (claim.ReportedBy is { } source)
            {
                writer.WriteStartObject();
                writer.WriteString("quote", source.Quote);
                writer.WritePropertyName("speaker");
                WriteParty(writer, document, source.Speaker);
                writer.WriteEndObject();
            }
            else writer.WriteNullValue();
            WriteEvent(writer, document, claim.Event);
            writer.WriteString("polarity", claim.Polarity == ClaimPolarity.Negative ? "negative" : "positive");
            writer.WriteString("modality", ModalityName(claim.Modality));
            writer.WritePropertyName("targetDate");
            if (claim.TargetDate is { } date)
            {
                writer.WriteStartObject();
                writer.WriteString("value", date.Value);
                WriteSpanFields(writer, document, date.Span);
                writer.WriteEndObject();
            }
            else writer.WriteNullValue();
            writer.WriteStartObject("evidence");
            WriteSpanFields(writer, document, claim.Evidence);
            writer.WriteEndObject();
            writer.WriteNumber("sentence", claim.Sentence);
            writer.WriteEndObject();
        }
        writer.WriteEndArray();
    }

    /// <summary>The schema's name for a modality.</summary>
    public static string ModalityName(ClaimModality modality) => modality switch
    {
        ClaimModality.Assert => "assert",
        ClaimModality.Predict => "predict",
        ClaimModality.Possible => "possible",
        ClaimModality.Intend => "intend",
        _ => throw new ArgumentOutOfRangeException(nameof(modality), modality, null),
    };

    private static void WriteEvent(Utf8JsonWriter writer, Document document, ClaimedEvent ev)
    {
        writer.WriteStartObject("event");
        writer.WriteString("cameo", ev.Cameo);
        writer.WriteString("plover", ev.Plover);
        writer.WriteString("lemma", ev.Lemma);
        writer.WriteStartObject("trigger");
        WriteSpanFields(writer, document, ev.Trigger);
        writer.WriteEndObject();
        writer.WritePropertyName("actor");
        WriteParty(writer, document, ev.Actor);
        writer.WriteEndObject();
    }

    private static void WriteSpanFields(Utf8JsonWriter writer, Document document, TextSpan span)
    {
        writer.WriteNumber("start", span.Start);
        writer.WriteNumber("end", span.End);
        writer.WriteString("text", document.Slice(span));
    }

    private static void WriteParty(Utf8JsonWriter writer, Document document, QuoteParty? party)
    {
        if (party == null) writer.WriteNullValue();
        else QuotesJsonWriter.WriteParty(writer, document, party);
    }
}
