using System.Text.Json;
using Dateline.Extraction.Quantities;
using Dateline.Serialization;
using Dateline.Tests.Support;

namespace Dateline.Tests.Serialization;

public class QuantitiesJsonWriterTest
{
    [Fact]
    public void TheArticleJsonCarriesQuantitiesWithBoundsUnitAndCurrency()
    {
        var document = SegmentedDocuments.Of("Over 300 troops and $2m in aid arrived.");
        document.Set(QuantityLayers.Quantities, QuantityExtractor.Extract(document));
        var json = ArticleJsonWriter.Default.ToJson(document, new ArticleJsonOptions());
        using var parsed = JsonDocument.Parse(json);
        var quantities = parsed.RootElement.GetProperty("quantities");
        Assert.Equal(2, quantities.GetArrayLength());
        var troops = quantities[0];
        Assert.Equal(300, troops.GetProperty("lower").GetDouble());
        Assert.False(troops.TryGetProperty("upper", out _));
        Assert.Equal("troops", troops.GetProperty("unit").GetString());
        Assert.Equal("count", troops.GetProperty("kind").GetString());
        var aid = quantities[1];
        Assert.Equal(2_000_000, aid.GetProperty("value").GetDouble());
        Assert.Equal("USD", aid.GetProperty("currency").GetString());
        Assert.Equal("money", aid.GetProperty("kind").GetString());
        Assert.Equal(0, aid.GetProperty("sentence").GetInt32());
    }

    [Fact]
    public void WithoutTheLayerThePropertyIsLeftOut()
    {
        var document = SegmentedDocuments.Of("No numbers here.");
        var json = ArticleJsonWriter.Default.ToJson(document, new ArticleJsonOptions());
        Assert.DoesNotContain("\"quantities\"", json, StringComparison.Ordinal);
    }
}
