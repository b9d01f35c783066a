using Dateline.Documents;
using Dateline.Pipeline;

namespace Dateline.Extraction.Quotes.Evaluation;

/// <summary>
/// Runs a pipeline on every article of a labelled set (rebuilt from the shared data, with the corpus's publication
/// date as metadata) and scores the quotes it finds. Articles whose text cannot be rebuilt or has drifted are
/// reported in the problems list and left out of the figures.
/// </summary>
public static class QuoteEvaluator
{
    /// <summary>Scores <paramref name="articles"/>; <paramref name="read"/> turns an analysed document into predicted quotes.</summary>
    public static QuoteScore Evaluate(IReadOnlyList<LabelledArticle> articles, string dataRoot, string fileName, AnalysisPipeline pipeline,
        Func<Document, IReadOnlyList<PredictedQuote>> read, ICollection<string> problems, ICollection<ArticleMismatch>? mismatches = null)
    {
        var total = QuoteScore.Empty;
        foreach (var article in articles)
        {
            var loaded = EvaluationTexts.Load(dataRoot, article.Corpus, article.Document);
            if (loaded.Text is not { } text)
            {
                problems.Add($"{fileName}:{article.Line}: {loaded.Error}");
                continue;
            }
            var check = QuoteLabelCheck.Check(article, text, fileName);
            if (check.Count > 0)
            {
                foreach (var p in check) problems.Add(p);
                continue;
            }
            var document = new Document(text.Text, new ArticleMetadata
            {
                Id = article.Document,
                Published = text.Published is { } d ? new DateTimeOffset(d.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero) : null,
                Origin = $"{article.Corpus}/{article.Document}",
            });
            pipeline.Process(document);
            var found = new List<QuoteMismatch>();
            total += QuoteScorer.Score(text.Text, article.Quotes, read(document), found);
            if (mismatches != null)
            {
                foreach (var m in found) mismatches.Add(new ArticleMismatch(text, m));
            }
        }
        return total;
    }
}
