using System.Text.Json;
using Dateline.Storage.Export;
using Dateline.Storage.Reading;

namespace Dateline.Tests.Storage.Export;

public sealed class NativeJsonlExporterTest : IDisposable
{
    private readonly ExportStore _store = new();

    public void Dispose() => _store.Dispose();

    [Fact]
    public void EachStoredArticleIsOneLineOfItsNativeAnalysis()
    {
        var lines = _store.Lines(ExportFormat.Jsonl);
        Assert.Equal(3, lines.Length);
        var texts = new List<string>();
        foreach (var line in lines)
        {
            using var document = JsonDocument.Parse(line);
            Assert.Equal("dateline.article/1", document.RootElement.GetProperty("schema").GetString());
            texts.Add(document.RootElement.GetProperty("text").GetString()!);
        }
        Assert.Contains(StoreSamples.ShellingText, texts);
        Assert.Contains(StoreSamples.HarvestText, texts);
    }

    [Fact]
    public void TheOutletAndDateFiltersSelectTheArticles()
    {
        var farm = Assert.Single(_store.Lines(ExportFormat.Jsonl, new StoreQuery { Outlet = "Farm Daily", Limit = null }));
        Assert.Contains("wheat harvest", farm, StringComparison.Ordinal);
        Assert.Single(_store.Lines(ExportFormat.Jsonl, new StoreQuery { From = "2022-03-02", Limit = null }));
    }
}
