using Dateline.Extraction.Quotes.Evaluation;
using Dateline.Tests.Support;

namespace Dateline.Tests.Extraction.Quotes.Evaluation;

public class EvaluationTextsTest
{
    [SkippableFact]
    public void Every_labelled_article_rebuilds_to_its_hash_and_every_span_lies_in_its_text()
    {
        var data = TestData.RequireSharedData();
        var path = Path.Combine(TestData.RepositoryRoot(), "eval", "quotes", "wikinews-quotes.jsonl");
        var errors = new List<string>();
        var articles = QuoteLabelFile.Read(path, errors);
        Assert.Empty(errors);
        Assert.True(articles.Count >= 40, $"{articles.Count} articles");
        Assert.True(articles.Sum(a => a.Quotes.Count) >= 150);
        foreach (var article in articles)
        {
            var loaded = EvaluationTexts.Load(data, article.Corpus, article.Document);
            Assert.True(loaded.Text != null, loaded.Error);
            Assert.Empty(QuoteLabelCheck.Check(article, loaded.Text!, path));
        }
    }

    [SkippableFact]
    public void The_held_out_split_rebuilds_to_its_hashes_and_shares_no_article_with_the_dev_split()
    {
        var data = TestData.RequireSharedData();
        var folder = Path.Combine(TestData.RepositoryRoot(), "eval", "quotes");
        var errors = new List<string>();
        var dev = QuoteLabelFile.Read(Path.Combine(folder, "wikinews-quotes.jsonl"), errors);
        var testPath = Path.Combine(folder, "wikinews-quotes-test.jsonl");
        var test = QuoteLabelFile.Read(testPath, errors);
        Assert.Empty(errors);
        Assert.All(dev, a => Assert.Equal("dev", a.Split));
        Assert.All(test, a => Assert.Equal("test", a.Split));
        Assert.True(test.Sum(a => a.Quotes.Count) >= 50, $"{test.Sum(a => a.Quotes.Count)} held-out quotes");
        var devDocuments = dev.Select(a => (a.Corpus, a.Document)).ToHashSet();
        Assert.DoesNotContain(test, a => devDocuments.Contains((a.Corpus, a.Document)));
        foreach (var article in test)
        {
            var loaded = EvaluationTexts.Load(data, article.Corpus, article.Document);
            Assert.True(loaded.Text != null, loaded.Error);
            Assert.Empty(QuoteLabelCheck.Check(article, loaded.Text!, testPath));
        }
    }

    [SkippableFact]
    public void Gum_and_meantime_articles_come_with_their_publication_dates()
    {
        var data = TestData.RequireSharedData();
        var gum = EvaluationTexts.Load(data, EvaluationTexts.Gum, "GUM_news_sensitive").Text!;
        Assert.NotNull(gum.Published);
        Assert.StartsWith("Sensitive Canadian document found on rainy streets\n\n", gum.Text, StringComparison.Ordinal);
        var meantime = EvaluationTexts.List(data, EvaluationTexts.Meantime);
        Assert.Equal(120, meantime.Count);
        var article = EvaluationTexts.Load(data, EvaluationTexts.Meantime, meantime[0]).Text!;
        Assert.NotNull(article.Published);
        Assert.DoesNotContain("``", article.Text, StringComparison.Ordinal);
    }

    [SkippableFact]
    public void An_unknown_document_comes_back_as_an_error_naming_it()
    {
        var data = TestData.RequireSharedData();
        var loaded = EvaluationTexts.Load(data, EvaluationTexts.Gum, "GUM_news_nothing");
        Assert.Null(loaded.Text);
        Assert.Contains("gum/GUM_news_nothing", loaded.Error, StringComparison.Ordinal);
    }
}
