using Dateline.Storage.Export;
using Dateline.Storage.Reading;

namespace Dateline.Tests.Storage.Export;

public sealed class GdeltMentionsExporterTest : IDisposable
{
    private readonly ExportStore _store = new();

    public void Dispose() => _store.Dispose();

    [SkippableFact]
    public void EveryRowHasTheSixteenColumnsOfThePublishedSchemaAndEachValueParsesAsItsType()
    {
        var schema = GdeltSchema.Mentions();
        Assert.Equal(GdeltMentionsExporter.ColumnCount, schema.Columns.Count);
        Assert.Equal("GLOBALEVENTID", schema.Columns[0].Name);
        Assert.Equal("Extras", schema.Columns[^1].Name);
        var lines = _store.Lines(ExportFormat.GdeltMentions);
        Assert.Equal(4, lines.Length);
        foreach (var line in lines) schema.Read(line);
    }

    [SkippableFact]
    public void EachMentionCarriesItsArticleAndTheOffsetsOfItsActorsAndEvidence()
    {
        var rows = _store.Lines(ExportFormat.GdeltMentions, new StoreQuery { Cameo = "195", Limit = null }).Select(GdeltSchema.Mentions().Read).ToList();
        Assert.Equal(2, rows.Count);
        var first = Assert.Single(rows, r => (string?)r["MentionIdentifier"] == ExportStore.FirstUrl);
        var reprint = Assert.Single(rows, r => (string?)r["MentionIdentifier"] == ExportStore.ReprintUrl);
        var text = StoreSamples.ShellingText;
        Assert.Equal((long)text.IndexOf("Russian forces", StringComparison.Ordinal), first["Actor1CharOffset"]);
        Assert.Equal((long)text.IndexOf("Kharkiv", StringComparison.Ordinal), first["Actor2CharOffset"]);
        Assert.Equal((long)text.IndexOf("Russian forces shelled", StringComparison.Ordinal), first["ActionCharOffset"]);
        Assert.Equal((long)"By Staff Reporter\n\n".Length, (long)reprint["Actor1CharOffset"]! - (long)first["Actor1CharOffset"]!);
        Assert.Equal(("Wire One", "Daily Two"), (first["MentionSourceName"], reprint["MentionSourceName"]));
        Assert.Equal((20220301000000L, 20220301000000L), (first["EventTimeDate"], reprint["EventTimeDate"]));
        Assert.Equal((20220301000000L, 20220302000000L), (first["MentionTimeDate"], reprint["MentionTimeDate"]));
        Assert.Equal((1L, 1L, 1L), (first["MentionType"], first["SentenceID"], first["InRawText"]));
        Assert.Equal(first["GLOBALEVENTID"], reprint["GLOBALEVENTID"]);
    }

    [SkippableFact]
    public void EachMentionCarriesTheLengthOfItsArticleAndAConfidence()
    {
        var rows = _store.Lines(ExportFormat.GdeltMentions, new StoreQuery { Limit = null }).Select(GdeltSchema.Mentions().Read).ToList();
        var first = rows.Where(r => (string?)r["MentionIdentifier"] == ExportStore.FirstUrl).ToList();
        var reprint = rows.Where(r => (string?)r["MentionIdentifier"] == ExportStore.ReprintUrl).ToList();
        Assert.Equal(2, first.Count);
        Assert.All(first, r => Assert.Equal((long)StoreSamples.ShellingText.Length, r["MentionDocLen"]));
        Assert.All(reprint, r => Assert.True((long)r["MentionDocLen"]! < StoreSamples.ShellingText.Length, "the reprint drops the last sentence"));
        // The shelling is told as a fact with both actors written.
        var shelling = Assert.Single(first, r => (long)r["ActionCharOffset"]! == StoreSamples.ShellingText.IndexOf("Russian forces shelled", StringComparison.Ordinal));
        Assert.Equal(100L, shelling["Confidence"]);
        Assert.All(rows, r => Assert.InRange((long)r["Confidence"]!, MentionConfidence.Floor, MentionConfidence.Full));
    }

    [SkippableFact]
    public void AMentionWithoutTargetHasMinusOneAsItsOffset()
    {
        var rows = _store.Lines(ExportFormat.GdeltMentions, new StoreQuery { Cameo = "036", Limit = null }).Select(GdeltSchema.Mentions().Read).ToList();
        Assert.Equal(2, rows.Count);
        Assert.All(rows, r => Assert.Equal(-1L, r["Actor2CharOffset"]));
    }

    [Fact]
    public void TheOutletFilterKeepsTheMentionsOfTheEventsThatOutletReported()
    {
        Assert.Empty(_store.Lines(ExportFormat.GdeltMentions, new StoreQuery { Outlet = "Farm Daily", Limit = null }));
        Assert.Equal(4, _store.Lines(ExportFormat.GdeltMentions, new StoreQuery { Outlet = "Daily Two", Limit = null }).Length);
    }
}
