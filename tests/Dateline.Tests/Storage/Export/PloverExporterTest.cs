using System.Text.Json;
using Dateline.Storage.Export;
using Dateline.Storage.Reading;

namespace Dateline.Tests.Storage.Export;

public sealed class PloverExporterTest : IDisposable
{
    private static readonly string[] Required = ["id", "date", "event", "mode", "context", "actor", "recipient", "location", "source"];

    private readonly ExportStore _store = new();

    public void Dispose() => _store.Dispose();

    [Fact]
    public void EachLineIsARecordWithEveryRequiredFieldAndOnlyEventsWithAPloverTypeAreWritten()
    {
        var lines = _store.Lines(ExportFormat.Plover);
        var line = Assert.Single(lines);
        using var record = JsonDocument.Parse(line);
        var root = record.RootElement;
        foreach (var field in Required) Assert.True(root.TryGetProperty(field, out _), $"missing {field}");
        Assert.Equal("ASSAULT", root.GetProperty("event").GetString());
        Assert.Equal("2022-02-28", root.GetProperty("date").GetString());
        Assert.Equal(JsonValueKind.Array, root.GetProperty("context").ValueKind);
        Assert.Equal(("RUSMIL", "RUS", "Russian forces"), (root.GetProperty("actor").GetProperty("code").GetString(),
            root.GetProperty("actor").GetProperty("country").GetString(), root.GetProperty("actor").GetProperty("name").GetString()));
        Assert.Equal("UKR", root.GetProperty("recipient").GetProperty("code").GetString());
        Assert.Equal(("Kharkiv", "UA"), (root.GetProperty("location").GetProperty("name").GetString(), root.GetProperty("location").GetProperty("country").GetString()));
        var source = root.GetProperty("source");
        Assert.Equal(ExportStore.FirstUrl, source.GetProperty("url").GetString());
        var start = source.GetProperty("start").GetInt32();
        Assert.StartsWith("Russian forces shelled", StoreSamples.ShellingText[start..]);
        Assert.Equal(2, root.GetProperty("counts").GetProperty("articles").GetInt32());
    }

    [Fact]
    public void APloverFilterThatMatchesNothingWritesNothing()
    {
        Assert.Empty(_store.Lines(ExportFormat.Plover, new StoreQuery { Plover = "AID", Limit = null }));
    }
}
