using Dateline.Documents;
using Dateline.Extraction.Quotes.Evaluation;

namespace Dateline.Tests.Extraction.Quotes.Evaluation;

public class QuoteLabelCheckTest
{
    private static readonly EvaluationText Article = new("gum", "GUM_news_x", "Ann said the vote was close.", null);

    private static LabelledArticle With(QuoteLabel quote, string? hash = null) =>
        new("gum", "GUM_news_x", hash ?? Article.Sha256, [quote], 7);

    [Fact]
    public void Spans_inside_the_text_pass()
    {
        var quote = new QuoteLabel("indirect", new TextSpan(9, 27), new TextSpan(0, 3), new TextSpan(4, 8), []);
        Assert.Empty(QuoteLabelCheck.Check(With(quote), Article, "labels.jsonl"));
    }

    [Fact]
    public void A_span_past_the_end_an_empty_cue_and_an_unknown_kind_are_each_reported()
    {
        var quote = new QuoteLabel("reported", new TextSpan(9, 99), new TextSpan(0, 3), new TextSpan(4, 4), []);
        var problems = QuoteLabelCheck.Check(With(quote), Article, "labels.jsonl");
        Assert.Equal(3, problems.Count);
        Assert.All(problems, p => Assert.StartsWith("labels.jsonl:7 (gum/GUM_news_x): quote 0:", p, StringComparison.Ordinal));
    }

    [Fact]
    public void A_blank_speaker_is_reported()
    {
        var quote = new QuoteLabel("indirect", new TextSpan(9, 27), new TextSpan(3, 4), null, []);
        Assert.Contains("blank", Assert.Single(QuoteLabelCheck.Check(With(quote), Article, "labels.jsonl")), StringComparison.Ordinal);
    }

    [Fact]
    public void A_changed_text_is_reported_as_drift_before_any_span()
    {
        var quote = new QuoteLabel("indirect", new TextSpan(9, 99), null, null, []);
        var problem = Assert.Single(QuoteLabelCheck.Check(With(quote, "00"), Article, "labels.jsonl"));
        Assert.Contains("drifted", problem, StringComparison.Ordinal);
    }
}
