using Dateline.Storage.Reading;

namespace Dateline.Tests.Storage;

/// <summary>Several articles in one batch: decisions must not depend on how the input was cut into batches.</summary>
public abstract partial class ArticleStoreContract
{
    [SkippableFact]
    public void AWireCopyInTheSameBatchAsItsOriginalJoinsItsStory()
    {
        var result = Add(
            StoreSamples.Shelling("Wire One", "https://wire.example/a", "2022-03-01"),
            StoreSamples.ShellingReprint("Daily Two", "https://daily.example/b", "2022-03-02"),
            StoreSamples.Harvest());
        Assert.Equal((3, 0, 1), (result.Added, result.Skipped, result.Syndicated));
        Assert.Equal((3L, 2L), (Store.Counts().Articles, Store.Counts().Stories));
        var shelling = Store.Events(new StoreQuery { Cameo = "195" }).Single();
        Assert.Equal((2L, 2L, 2L, 1L), (shelling.NumMentions, shelling.NumArticles, shelling.NumSources, shelling.NumStories));
        Assert.Equal(("2022-03-01", "2022-03-02"), (shelling.FirstSeen, shelling.LastSeen));
    }

    [SkippableFact]
    public void TheSameArticleTwiceInOneBatchIsStoredOnce()
    {
        var result = Add(StoreSamples.Harvest(), StoreSamples.Shelling(), StoreSamples.Harvest());
        Assert.Equal((2, 1), (result.Added, result.Skipped));
        Assert.Equal(2L, Store.Counts().Articles);
        Assert.Equal(1L, Store.Events(new StoreQuery { Cameo = "195" }).Single().NumMentions);
    }

    [SkippableFact]
    public void TwoArticlesAtOneUrlInOneBatchKeepTheFirst()
    {
        var result = Add(StoreSamples.Shelling("Wire One", "https://wire.example/same"), StoreSamples.ShellingReprint("Daily Two", "https://wire.example/same"));
        Assert.Equal((1, 1), (result.Added, result.Skipped));
        Assert.Equal("Wire One", Store.Articles(new StoreQuery()).Single().Source);
    }

    [SkippableFact]
    public void EventMentionsCarryTheLengthOfTheirArticle()
    {
        Add(StoreSamples.Shelling("Wire One", "https://wire.example/a"), StoreSamples.ShellingReprint("Daily Two", "https://daily.example/b"));
        var mentions = Store.EventMentions(new StoreQuery { Cameo = "195" }).ToDictionary(m => m.Outlet!);
        Assert.Equal(StoreSamples.ShellingText.Length, mentions["Wire One"].DocumentLength);
        var reprint = "By Staff Reporter\n\n" + StoreSamples.ShellingText[..StoreSamples.ShellingText.IndexOf(" Residents", StringComparison.Ordinal)];
        Assert.Equal(reprint.Length, mentions["Daily Two"].DocumentLength);
    }
}
