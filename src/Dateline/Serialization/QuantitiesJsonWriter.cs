using System.Text.Json;
using Dateline.Documents;
using Dateline.Extraction.Quantities;

namespace Dateline.Serialization;

/// <summary>
/// Writes <c>quantities</c>: <c>[{start, end, text, value, lower, upper, approximate, unit, currency, kind, sentence}]</c>;
/// null bounds, unit and currency are left out.
/// </summary>
internal sealed class QuantitiesJsonWriter : ILayerJsonWriter
{
    public string PropertyName => "quantities";

    public bool CanWrite(Document document, ArticleJsonOptions options) => document.Has(QuantityLayers.Quantities);

    public void WriteValue(Utf8JsonWriter writer, Document document, ArticleJsonOptions options)
    {
        writer.WriteStartArray();
        foreach (var quantity in document.Get(QuantityLayers.Quantities))
        {
            writer.WriteStartObject();
            writer.WriteNumber("start", quantity.Start);
            writer.WriteNumber("end", quantity.End);
            if (options.IncludeSpanText) writer.WriteString("text", document.Slice(quantity.Span));
            writer.WriteNumber("value", quantity.Value);
            if (quantity.Lower is { } lower) writer.WriteNumber("lower", lower);
            if (quantity.Upper is { } upper) writer.WriteNumber("upper", upper);
            writer.WriteBoolean("approximate", quantity.Approximate);
            if (quantity.Unit != null) writer.WriteString("unit", quantity.Unit);
            if (quantity.Currency != null) writer.WriteString("currency", quantity.Currency);
            writer.WriteString("kind", KindName(quantity.Kind));
            writer.WriteNumber("sentence", quantity.Sentence);
            writer.WriteEndObject();
        }
        writer.WriteEndArray();
    }

    /// <summary>The schema's name for a quantity kind.</summary>
    public static string KindName(QuantityKind kind) => kind switch
    {
        QuantityKind.Count => "count",
        QuantityKind.Money => "money",
        QuantityKind.Percent => "percent",
        QuantityKind.Measure => "measure",
        QuantityKind.Ordinal => "ordinal",
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, null),
    };
}
