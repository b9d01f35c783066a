using Dateline.Storage.Reading;

namespace Dateline.Tests.Storage;

/// <summary>The query side: filters, full text, series and claim checks.</summary>
public abstract partial class ArticleStoreContract
{
    [SkippableFact]
    public void EventsFilterByDyadCountryPartsAndQuadClass()
    {
        Add(StoreSamples.Shelling(), StoreSamples.Harvest());
        Assert.Single(Store.Events(new StoreQuery { Source = "RUS", Target = "UKR" }));
        Assert.Single(Store.Events(new StoreQuery { Source = "RUSMIL", Target = "UKR" }));
        Assert.Empty(Store.Events(new StoreQuery { Source = "UKR", Target = "RUS" }));
        Assert.Equal(2, Store.Events(new StoreQuery { Actor = "RUS" }).Count());
        Assert.Equal("036", Store.Events(new StoreQuery { QuadClass = 1 }).Single().Cameo);
        Assert.Equal("195", Store.Events(new StoreQuery { Plover = "ASSAULT" }).Single().Cameo);
    }

    [SkippableFact]
    public void EventsFilterByDatePlaceOutletAndText()
    {
        Add(StoreSamples.Shelling("Wire One"), StoreSamples.Harvest());
        Assert.Equal("195", Store.Events(new StoreQuery { From = "2022-02-28", To = "2022-02-28" }).Single().Cameo);
        Assert.Single(Store.Events(new StoreQuery { Place = "kharkiv", Country = "UA" }));
        Assert.Equal(2, Store.Events(new StoreQuery { Outlet = "Wire One" }).Count());
        Assert.Empty(Store.Events(new StoreQuery { Outlet = "Farm Daily" }));
        Assert.Equal(2, Store.Events(new StoreQuery { Text = "metro sirens" }).Count());
        Assert.Empty(Store.Events(new StoreQuery { Text = "wheat" }));
    }

    [SkippableFact]
    public void ArticlesFilterByTextOutletAndActor()
    {
        Add(StoreSamples.Shelling("Wire One"), StoreSamples.Harvest("Farm Daily"));
        Assert.Equal("Harvest starts early", Store.Articles(new StoreQuery { Text = "harvest" }).Single().Title);
        Assert.Equal("Farm Daily", Store.Articles(new StoreQuery { Outlet = "Farm Daily" }).Single().Source);
        Assert.Equal("Wire One", Store.Articles(new StoreQuery { Actor = "RUS" }).Single().Source);
        Assert.Empty(Store.Articles(new StoreQuery { Text = "\"quoted\" OR NEAR(" }));
    }

    [SkippableFact]
    public void QuotesFilterBySpeakerAndText()
    {
        Add(StoreSamples.Shelling(), StoreSamples.Harvest());
        var quote = Store.Quotes(new StoreQuery { Speaker = "brovko" }).Single();
        Assert.Equal("We will rebuild every school that was hit", quote.Content);
        Assert.Single(Store.Quotes(new StoreQuery { Text = "rebuild school" }));
        Assert.Empty(Store.Quotes(new StoreQuery { Text = "harvest" }));
        Assert.Empty(Store.Quotes(new StoreQuery { Speaker = "100%_" }));
    }

    [SkippableFact]
    public void SeriesCountsADyadPerDayAndQuadClass()
    {
        Add(StoreSamples.Shelling());
        const string text = "Troops shelled Izium on Friday. Envoys of both sides praised the ceasefire on Friday.";
        Add(new AnalysisJsonBuilder(text).Meta(null, null, "2022-03-05", "Wire One")
            .Event("ev1", "195", 4, -10, ("RUSMIL", null, "Troops"), ("UKR", null, "Izium"), "Troops shelled Izium", date: "2022-03-04")
            .Event("ev2", "051", 1, 3.4, ("RUSGOV", null, "Envoys"), ("UKRGOV", null, "both sides"), "Envoys of both sides praised", date: "2022-03-04")
            .Build());
        var series = Store.Series(new StoreQuery { Source = "RUS", Target = "UKR" });
        Assert.Equal(["2022-02-28", "2022-03-04"], series.Select(p => p.Date));
        var day = series[1];
        Assert.Equal((2L, 1L, 1L), (day.Events, day.VerbalCooperation, day.MaterialConflict));
        Assert.Equal(-6.6, day.GoldsteinSum, 6);
        Assert.Equal(-3.3, day.GoldsteinMean!.Value, 6);
    }

    [SkippableFact]
    public void AClaimIsCheckedAgainstEventsOfItsTypeAroundItsDate()
    {
        Add(StoreSamples.Shelling());
        var before = Store.CheckClaims(new StoreQuery(), windowDays: 0).Single();
        Assert.Equal("2022-03-03", before.Claim.TargetDate);
        Assert.True(before.Reported);
        const string text = "The talks in Minsk were cancelled. Nobody came to the table on March 9.";
        Add(new AnalysisJsonBuilder(text).Meta(null, null, "2022-03-08", "Daily Two")
            .Claim("c1", "Nobody", "036", "Nobody came to the table on March 9", "2022-03-09", "March 9").Build());
        var checks = Store.CheckClaims(new StoreQuery(), windowDays: 1);
        Assert.Equal([true, false], checks.Select(c => c.Reported));
        Assert.Equal(("2022-03-08", "2022-03-10"), (checks[1].WindowStart, checks[1].WindowEnd));
    }

    [SkippableFact]
    public void ClaimChecksPassOverClaimsWithoutADayToTheLimit()
    {
        const string text = "Officials said the army would attack Izium on March 9, in some month or other.";
        var builder = new AnalysisJsonBuilder(text).Meta(null, null, "2022-03-08", "Daily Two");
        for (var i = 1; i <= 20; i++) builder.Claim($"c{i}", "Officials", "190", "the army would attack Izium", "XXXX-03-09", "March 9");
        builder.Claim("c21", "Officials", "190", "the army would attack Izium", "2022-03", "in some month or other");
        builder.Claim("c22", "Officials", "190", "the army would attack Izium", "2022-03-09", "March 9");
        Add(builder.Build());
        var check = Store.CheckClaims(new StoreQuery { Limit = 1 }, windowDays: 0).Single();
        Assert.Equal("2022-03-09", check.Claim.TargetDate);
        Assert.Single(Store.CheckClaims(new StoreQuery { Limit = null }, windowDays: 0));
    }

    [SkippableFact]
    public void AnOffsetSkipsRowsInListOrderWithOrWithoutALimit()
    {
        Add(StoreSamples.Shelling(), StoreSamples.Harvest());
        var all = Store.Articles(new StoreQuery { Limit = null }).Select(a => a.Id).ToList();
        Assert.Equal(2, all.Count);
        Assert.Equal([all[1]], Store.Articles(new StoreQuery { Limit = 1, Offset = 1 }).Select(a => a.Id));
        Assert.Equal([all[1]], Store.Articles(new StoreQuery { Limit = null, Offset = 1 }).Select(a => a.Id));
        var events = Store.Events(new StoreQuery()).Select(e => e.Id).ToList();
        Assert.Equal(events.Skip(1), Store.Events(new StoreQuery { Offset = 1 }).Select(e => e.Id));
        Assert.Empty(Store.Quotes(new StoreQuery { Offset = 5 }));
    }
}
