using Dateline.Storage.Export;
using Dateline.Storage.Reading;

namespace Dateline.Tests.Storage.Export;

public sealed class GdeltEventsExporterTest : IDisposable
{
    private readonly ExportStore _store = new();

    public void Dispose() => _store.Dispose();

    [SkippableFact]
    public void EveryRowHasTheSixtyOneColumnsOfThePublishedSchemaAndEachValueParsesAsItsType()
    {
        var schema = GdeltSchema.Events();
        Assert.Equal(GdeltEventsExporter.ColumnCount, schema.Columns.Count);
        Assert.Equal(["GLOBALEVENTID", "SQLDATE", "MonthYear", "Year", "FractionDate", "Actor1Code"], schema.Columns.Take(6).Select(c => c.Name));
        var lines = _store.Lines(ExportFormat.GdeltEvents);
        Assert.Equal(2, lines.Length);
        foreach (var line in lines) schema.Read(line);
    }

    [SkippableFact]
    public void AMergedEventRoundTripsWithItsCodesCountersDatesAndPlace()
    {
        var rows = _store.Lines(ExportFormat.GdeltEvents).Select(GdeltSchema.Events().Read).ToList();
        var shelling = Assert.Single(rows, r => (string?)r["EventCode"] == "195");
        Assert.Equal(20220228L, shelling["SQLDATE"]);
        Assert.Equal(202202L, shelling["MonthYear"]);
        Assert.Equal(2022L, shelling["Year"]);
        Assert.Equal(2022.1616, (double)shelling["FractionDate"]!, 4);
        Assert.Equal(("RUSMIL", "Russian forces", "RUS", "MIL"),
            (shelling["Actor1Code"], shelling["Actor1Name"], shelling["Actor1CountryCode"], shelling["Actor1Type1Code"]));
        Assert.Equal(("UKR", "UKR", null), (shelling["Actor2Code"], shelling["Actor2CountryCode"], shelling["Actor2Type1Code"]));
        Assert.Equal(("195", "19", 4L, -10.0), (shelling["EventBaseCode"], shelling["EventRootCode"], shelling["QuadClass"], shelling["GoldsteinScale"]));
        Assert.Equal((2L, 2L, 2L, 1L), (shelling["NumMentions"], shelling["NumSources"], shelling["NumArticles"], shelling["IsRootEvent"]));
        Assert.Equal((4L, "Kharkiv", "UP"), (shelling["ActionGeo_Type"], shelling["ActionGeo_FullName"], shelling["ActionGeo_CountryCode"]));
        Assert.Equal(50.45, (double)shelling["ActionGeo_Lat"]!, 6);
        Assert.Equal((0L, null), (shelling["Actor1Geo_Type"], shelling["Actor1Geo_FullName"]));
        Assert.Equal(20220301000000L, shelling["DATEADDED"]);
        Assert.Equal(ExportStore.FirstUrl, shelling["SOURCEURL"]);
    }

    [SkippableFact]
    public void AnEventWithoutTargetOrPlaceLeavesThoseColumnsEmpty()
    {
        var rows = _store.Lines(ExportFormat.GdeltEvents).Select(GdeltSchema.Events().Read).ToList();
        var talks = Assert.Single(rows, r => (string?)r["EventCode"] == "036");
        Assert.Equal(("RUSGOV", "RUS", "GOV"), (talks["Actor1Code"], talks["Actor1CountryCode"], talks["Actor1Type1Code"]));
        Assert.Null(talks["Actor2Code"]);
        Assert.Null(talks["Actor2CountryCode"]);
        Assert.Equal((0L, null), (talks["ActionGeo_Type"], talks["ActionGeo_CountryCode"]));
        Assert.Equal("03", talks["EventRootCode"]);
    }

    [Fact]
    public void FiltersSelectTheRowsAndRowsComeInTheStoresOrder()
    {
        var consult = _store.Lines(ExportFormat.GdeltEvents, new StoreQuery { Cameo = "03", Limit = null });
        Assert.Equal("036", Assert.Single(consult).Split('\t')[26]);
        var dyad = _store.Lines(ExportFormat.GdeltEvents, new StoreQuery { Source = "RUS", Target = "UKR", Limit = null });
        Assert.Equal("195", Assert.Single(dyad).Split('\t')[26]);
        var all = _store.Lines(ExportFormat.GdeltEvents);
        Assert.Equal(["20220228", "20220303"], all.Select(l => l.Split('\t')[1]));
        Assert.Equal(all, _store.Lines(ExportFormat.GdeltEvents));
    }
}
