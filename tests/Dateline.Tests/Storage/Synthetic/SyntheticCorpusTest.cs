using Dateline.Storage;
using Dateline.Storage.Model;
using Dateline.Storage.Reading;
using Dateline.Storage.Synthetic;

namespace Dateline.Tests.Storage.Synthetic;

public sealed class SyntheticCorpusTest : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("dateline-synthetic-").FullName;

    private static List<ArticleAnalysis> Generate(int seed, int count)
    {
        var corpus = new SyntheticCorpus(seed, 4);
        return [.. Enumerable.Range(0, count).Select(corpus.Next)];
    }

    [Fact]
    public void EveryArticleHasAQuoteBySpeakerAndTheSpansHoldTheirWords()
    {
        var articles = Generate(5, 60);
        foreach (var article in articles)
        {
            var quote = Assert.Single(article.Quotes);
            AssertSpan(article.Text, quote.Content);
            AssertSpan(article.Text, quote.Speaker!.Span!);
            var speaker = Assert.Single(article.Entities);
            Assert.Equal(speaker.Name, quote.Speaker.Text);
            Assert.NotNull(speaker.ActorCode);
            foreach (var claim in article.Claims)
            {
                AssertSpan(article.Text, claim.Evidence);
                Assert.Equal(claim.TargetDate, article.Text[claim.TargetSpan!.Start..claim.TargetSpan.End]);
                Assert.True(string.CompareOrdinal(claim.TargetDate, article.Published) > 0);
            }
        }
        var withClaims = articles.Count(a => a.Claims.Count > 0);
        Assert.InRange(withClaims, 15, 45);
    }

    [Fact]
    public void TheSameSeedGivesTheSameCorpus()
    {
        var first = Generate(9, 5);
        var second = Generate(9, 5);
        Assert.Equal(first.Select(a => a.Json), second.Select(a => a.Json));
        Assert.NotEqual(first.Select(a => a.Json), Generate(10, 5).Select(a => a.Json));
    }

    [Fact]
    public void AStoredSyntheticCorpusAnswersQuoteClaimAndActorQueries()
    {
        using var store = ArticleStore.Open(Path.Combine(_folder, "synthetic.db"));
        var articles = Generate(3, 80);
        store.Add(articles);
        var counts = store.Counts();
        Assert.Equal(80, counts.Quotes);
        Assert.Equal(articles.Sum(a => a.Claims.Count), counts.Claims);
        var busiest = store.Actors(new StoreQuery { Limit = 1 }).Single();
        Assert.True(busiest.Mentions > 1, "speakers recur across articles");
        var quoted = store.Quotes(new StoreQuery { Speaker = busiest.Name, Limit = null }).Count(q => q.Speaker == busiest.Name);
        Assert.True(quoted >= busiest.Mentions, $"{busiest.Name}: {quoted} quotes, {busiest.Mentions} mentions");
    }

    private static void AssertSpan(string text, AnalysisSpan span)
    {
        Assert.InRange(span.Start, 0, span.End);
        Assert.Equal(span.Text, text[span.Start..span.End]);
    }

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(_folder, recursive: true);
    }
}
