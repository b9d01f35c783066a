using Dateline.Documents;
using Dateline.Extraction.Quotes.Evaluation;

namespace Dateline.Tests.Extraction.Quotes.Evaluation;

public class QuoteLabelFileTest
{
    private const string Line =
        """{"corpus": "gum", "doc": "GUM_news_x", "textSha256": "ab", "quotes": [{"kind": "direct", "content": [10, 20], "speaker": [0, 4], "cue": null, "via": [[30, 36]]}]}""";

    [Fact]
    public void A_line_becomes_an_article_with_its_spans()
    {
        var errors = new List<string>();
        var articles = QuoteLabelFile.Read(new StringReader("\n" + Line + "\n"), "labels.jsonl", errors);
        Assert.Empty(errors);
        var a = Assert.Single(articles);
        Assert.Equal(("gum", "GUM_news_x", 2), (a.Corpus, a.Document, a.Line));
        var q = Assert.Single(a.Quotes);
        Assert.Equal(new TextSpan(10, 20), q.Content);
        Assert.Equal(new TextSpan(0, 4), q.Speaker);
        Assert.Null(q.Cue);
        Assert.Equal([new TextSpan(30, 36)], q.Via);
    }

    [Fact]
    public void A_malformed_line_is_reported_with_file_and_line_and_the_rest_is_read()
    {
        var errors = new List<string>();
        var bad = """{"corpus": "gum", "doc": "d", "textSha256": "ab", "quotes": [{"kind": "direct", "content": [10]}]}""";
        var articles = QuoteLabelFile.Read(new StringReader(bad + "\n" + Line), "labels.jsonl", errors);
        Assert.Single(articles);
        var error = Assert.Single(errors);
        Assert.StartsWith("labels.jsonl:1:", error, StringComparison.Ordinal);
    }

    [Fact]
    public void An_article_without_a_split_is_dev_and_one_with_a_split_keeps_it()
    {
        var errors = new List<string>();
        var held = Line.Replace("\"quotes\"", "\"split\": \"test\", \"quotes\"", StringComparison.Ordinal);
        var articles = QuoteLabelFile.Read(new StringReader(Line + "\n" + held), "labels.jsonl", errors);
        Assert.Empty(errors);
        Assert.Equal(["dev", "test"], articles.Select(a => a.Split));
    }

    [Fact]
    public void A_blank_split_is_reported_with_file_and_line()
    {
        var errors = new List<string>();
        var blank = Line.Replace("\"quotes\"", "\"split\": \" \", \"quotes\"", StringComparison.Ordinal);
        Assert.Empty(QuoteLabelFile.Read(new StringReader(blank), "labels.jsonl", errors));
        Assert.StartsWith("labels.jsonl:1:", Assert.Single(errors), StringComparison.Ordinal);
    }
}
