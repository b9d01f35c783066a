using Dateline.Storage;
using Dateline.Storage.Reading;

namespace Dateline.Tests.Storage;

/// <summary>
/// The behaviour every store backend must have; <see cref="SqliteArticleStoreTest"/> and
/// <see cref="PostgresArticleStoreTest"/> run it against a fresh store each.
/// </summary>
public abstract partial class ArticleStoreContract : IDisposable
{
    private IArticleStore? _store;

    /// <summary>Opens an empty store of the backend under test.</summary>
    protected abstract IArticleStore OpenEmptyStore();

    /// <summary>Opens the same store again (a second connection, as a later run would).</summary>
    protected abstract IArticleStore Reopen();

    protected IArticleStore Store => _store ??= OpenEmptyStore();

    protected StoreBatchResult Add(params string[] json) => Store.Add(json.Select(ArticleAnalysis.FromJson).ToList());

    [SkippableFact]
    public void StoringAnArticleKeepsEveryLayerWithItsSpans()
    {
        var result = Add(StoreSamples.Shelling());
        Assert.Equal(new StoreBatchResult(1, 0, 2, 0), result);
        var counts = Store.Counts();
        Assert.Equal(1, counts.Articles);
        Assert.Equal(4, counts.Entities);
        Assert.Equal(4, counts.Mentions);
        Assert.Equal(1, counts.Quotes);
        Assert.Equal(1, counts.Times);
        Assert.Equal(2, counts.Events);
        Assert.Equal(2, counts.EventMentions);
        Assert.Equal(1, counts.Claims);
        var mention = Store.EventMentions(new StoreQuery { Cameo = "195" }).Single();
        Assert.Equal("Russian forces shelled the outskirts", StoreSamples.ShellingText[mention.EvidenceStart..mention.EvidenceEnd]);
    }

    [SkippableFact]
    public void TheWholeAnalysisJsonIsKeptAsGiven()
    {
        var json = StoreSamples.Shelling();
        Add(json);
        var article = Store.Articles(new StoreQuery()).Single();
        Assert.Equal(json, Store.AnalysisJson(article.Id));
        Assert.Equal(ContentHash.Of(StoreSamples.ShellingText), article.ContentHash);
    }

    [SkippableFact]
    public void ReaddingTheSameArticlesChangesNothing()
    {
        Add(StoreSamples.Shelling(), StoreSamples.Harvest());
        var before = Store.Counts();
        var again = Add(StoreSamples.Shelling(), StoreSamples.Harvest());
        Assert.Equal(new StoreBatchResult(0, 2, 0, 0), again);
        Assert.Equal(before, Store.Counts());
        Assert.Equal(1, Store.Events(new StoreQuery { Cameo = "195" }).Single().NumMentions);
    }

    [SkippableFact]
    public void TheSameTextWithOtherLineBreaksIsTheSameArticle()
    {
        Add(StoreSamples.Harvest());
        var rewrapped = new AnalysisJsonBuilder(StoreSamples.HarvestText.Replace(". ", ".\r\n", StringComparison.Ordinal))
            .Meta("https://other.example/harvest", null, "2022-03-01", "Farm Daily").Build();
        Assert.Equal(1, Add(rewrapped).Skipped);
        Assert.Equal(1, Store.Counts().Articles);
    }

    [SkippableFact]
    public void ASecondArticleAtAStoredUrlIsNotStored()
    {
        Add(StoreSamples.Harvest());
        var changed = new AnalysisJsonBuilder("An entirely different text about river ports and grain barges moving north.")
            .Meta("https://farm.example/harvest", null, "2022-03-02", "Farm Daily").Build();
        Assert.Equal(1, Add(changed).Skipped);
    }

    [SkippableFact]
    public void AbsentLayersGiveNoRows()
    {
        Add(StoreSamples.WithoutLaterLayers());
        var counts = Store.Counts();
        Assert.Equal((1L, 0L, 0L, 0L), (counts.Articles, counts.Events, counts.Quotes, counts.Claims));
    }

    [SkippableFact]
    public void ReopeningAStoreKeepsItsSchemaVersionAndRows()
    {
        Add(StoreSamples.Harvest());
        var version = Store.SchemaVersion;
        using var again = Reopen();
        Assert.Equal(version, again.SchemaVersion);
        Assert.Equal(1, again.Counts().Articles);
        Assert.Equal(SchemaMigrator.Scripts(again.Backend).Max(s => s.Version), version);
    }

    [SkippableFact]
    public void ContentHashesListEveryStoredArticle()
    {
        Add(StoreSamples.Shelling(), StoreSamples.Harvest());
        Assert.True(Store.ContentHashes().SetEquals([ContentHash.Of(StoreSamples.ShellingText), ContentHash.Of(StoreSamples.HarvestText)]));
    }

    [SkippableFact]
    public void FindArticleReturnsTheStoredArticleWithThatContentHash()
    {
        Add(StoreSamples.Shelling(), StoreSamples.Harvest());
        var found = Store.FindArticle(ContentHash.Of(StoreSamples.HarvestText));
        Assert.NotNull(found);
        Assert.Equal("Harvest starts early", found.Title);
        Assert.Equal(Store.Articles(new StoreQuery { Outlet = "Farm Daily" }).Single().Id, found.Id);
    }

    [SkippableFact]
    public void FindArticleFallsBackToTheUrlWhenNoTextMatches()
    {
        Add(StoreSamples.Shelling(), StoreSamples.Harvest());
        var otherText = ContentHash.Of("A text that was never stored, about barges on the river.");
        Assert.Equal("Harvest starts early", Store.FindArticle(otherText, "https://farm.example/harvest")?.Title);
        Assert.Null(Store.FindArticle(otherText));
        Assert.Null(Store.FindArticle(otherText, "https://farm.example/nothing-here"));
    }

    [SkippableFact]
    public void FindArticlePrefersTheContentHashOverTheUrl()
    {
        Add(StoreSamples.Shelling(), StoreSamples.Harvest());
        var found = Store.FindArticle(ContentHash.Of(StoreSamples.ShellingText), "https://farm.example/harvest");
        Assert.Equal("Kharkiv outskirts shelled", found?.Title);
    }

    public void Dispose()
    {
        _store?.Dispose();
        DisposeBackend();
        GC.SuppressFinalize(this);
    }

    /// <summary>Removes what the backend created for the test.</summary>
    protected abstract void DisposeBackend();
}
