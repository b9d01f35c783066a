using Dateline.Storage.Reading;

namespace Dateline.Tests.Storage;

/// <summary>Cross-article behaviour: syndication clusters, merged events and their counters, merged entities.</summary>
public abstract partial class ArticleStoreContract
{
    [SkippableFact]
    public void TheSameEventFromTwoOutletsIsOneEventWithGdeltCounters()
    {
        Add(StoreSamples.Shelling("Wire One", "https://wire.example/a", "2022-03-01"));
        Add(StoreSamples.ShellingReprint("Daily Two", "https://daily.example/b", "2022-03-02"));
        var shelling = Store.Events(new StoreQuery { Cameo = "195" }).Single();
        Assert.Equal((2L, 2L, 2L), (shelling.NumMentions, shelling.NumArticles, shelling.NumSources));
        Assert.Equal(("2022-03-01", "2022-03-02"), (shelling.FirstSeen, shelling.LastSeen));
        Assert.Equal("2022-02-28", shelling.Date);
        var mentions = Store.EventMentions(new StoreQuery { Cameo = "195" }).ToList();
        Assert.Equal(["Daily Two", "Wire One"], mentions.Select(m => m.Outlet).Order());
    }

    [SkippableFact]
    public void AWireCopyJoinsTheStoryAndCountsOnceAsAStory()
    {
        Add(StoreSamples.Shelling("Wire One", "https://wire.example/a"));
        var reprint = Add(StoreSamples.ShellingReprint("Daily Two", "https://daily.example/b"));
        Add(StoreSamples.Harvest());
        Assert.Equal(1, reprint.Syndicated);
        var counts = Store.Counts();
        Assert.Equal((3L, 2L), (counts.Articles, counts.Stories));
        var shelling = Store.Events(new StoreQuery { Cameo = "195" }).Single();
        Assert.Equal(1, shelling.NumStories);
        var clusters = Store.Articles(new StoreQuery()).GroupBy(a => a.ClusterId).Select(g => g.Count()).Order();
        Assert.Equal([1, 2], clusters);
    }

    [SkippableFact]
    public void TwoMentionsInOneArticleCountAsTwoMentionsAndOneArticle()
    {
        const string text = "Army units shelled Izium at dawn. Later, army units shelled Izium again from the north.";
        var json = new AnalysisJsonBuilder(text).Meta(null, null, "2022-04-01", "Wire One")
            .Event("ev1", "195", 4, -10, ("UKRMIL", null, "Army units"), ("RUS", null, "Izium"), "Army units shelled Izium at dawn", date: "2022-04-01")
            .Event("ev2", "195", 4, -10, ("UKRMIL", null, "army units"), ("RUS", null, "Izium"), "army units shelled Izium again", date: "2022-04-01")
            .Build();
        Add(json);
        var e = Store.Events(new StoreQuery()).Single();
        Assert.Equal((2L, 1L, 1L), (e.NumMentions, e.NumArticles, e.NumSources));
    }

    [SkippableFact]
    public void EventsWithAnotherDateOrCodeStayApart()
    {
        const string text = "Troops shelled Izium on Friday. Troops shelled Izium on Saturday. Troops besieged Izium.";
        var json = new AnalysisJsonBuilder(text).Meta(null, null, "2022-04-03", "Wire One")
            .Event("ev1", "195", 4, -10, ("RUSMIL", null, "Troops"), ("UKR", null, "Izium"), "Troops shelled Izium on Friday", date: "2022-04-01")
            .Event("ev2", "195", 4, -10, ("RUSMIL", null, "Troops"), ("UKR", null, "Izium"), "Troops shelled Izium on Saturday", date: "2022-04-02")
            .Event("ev3", "191", 4, -9.5, ("RUSMIL", null, "Troops"), ("UKR", null, "Izium"), "Troops besieged Izium", date: "2022-04-02")
            .Build();
        Add(json);
        Assert.Equal(3, Store.Counts().Events);
    }

    [SkippableFact]
    public void EntitiesMergeAcrossArticlesByNameAndActorCode()
    {
        Add(StoreSamples.Shelling("Wire One", "https://wire.example/a"));
        const string text = "Kremlin officials met the envoy in Moscow on Tuesday.";
        Add(new AnalysisJsonBuilder(text).Meta(null, null, "2022-03-08", "Daily Two")
            .Entity("e1", "ORGANIZATION", "Kremlin", "Kremlin")
            .Event("ev1", "040", 1, 1, ("RUSGOV", "e1", "Kremlin officials"), null, "Kremlin officials met the envoy")
            .Build());
        var kremlin = Store.Actors(new StoreQuery { Speaker = "kremlin" }).Single();
        Assert.Equal(("RUSGOV", 2L, 2L), (kremlin.ActorCode, kremlin.Mentions, kremlin.Articles));
    }
}
