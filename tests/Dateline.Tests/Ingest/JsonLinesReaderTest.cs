using Dateline.Ingest;

namespace Dateline.Tests.Ingest;

public class JsonLinesReaderTest
{
    [Fact]
    public void GoodAndBadLinesEachGiveOneOutcomeNamingTheLine()
    {
        var outcomes = Fixtures.Load("mixed.jsonl");

        Assert.Equal(5, outcomes.Count);
        Assert.IsType<LoadedArticle>(outcomes[0]);
        var notJson = Assert.IsType<InputError>(outcomes[1]);
        Assert.Equal(2, notJson.Line);
        Assert.Contains("not valid JSON", notJson.Message);
        var noText = Assert.IsType<InputError>(outcomes[2]);
        Assert.Equal(3, noText.Line);
        Assert.Contains("neither a \"text\" nor an \"html\"", noText.Message);
        var html = Assert.IsType<LoadedArticle>(outcomes[3]);
        Assert.Equal(Fixtures.Path("mixed.jsonl") + "#5", html.Metadata.Origin);
        var array = Assert.IsType<InputError>(outcomes[4]);
        Assert.Equal(6, array.Line);
        Assert.Contains("not an object", array.Message);
        Assert.StartsWith(Fixtures.Path("mixed.jsonl") + ":6: I007:", array.ToString());
    }

    [Fact]
    public void TextFieldIsTakenExactlyWithItsMetadata()
    {
        var article = Assert.IsType<LoadedArticle>(Fixtures.Load("mixed.jsonl")[0]);

        Assert.Equal("TOKYO (AP) \u2014 The delayed Summer Olympics opened on Friday in a nearly empty stadium.\n\nBy Hana Sato", article.Text);
        Assert.Equal("a1", article.Metadata.Id);
        Assert.Equal("https://example.org/2021/07/23/tokyo", article.Metadata.Url);
        Assert.Equal("Tokyo Games open", article.Metadata.Title);
        Assert.Equal(new DateTimeOffset(2021, 7, 23, 20, 0, 0, TimeSpan.FromHours(9)), article.Metadata.Published);
        Assert.Equal("AP", article.Metadata.Source);
        Assert.Equal(["Hana Sato"], article.Metadata.Bylines);
        Assert.Equal(["Tokyo"], article.Metadata.DatelinePlaces);
    }

    [Fact]
    public void HtmlFieldIsExtractedAndLineFieldsWin()
    {
        var article = Assert.IsType<LoadedArticle>(Fixtures.Load("mixed.jsonl")[3]);

        Assert.Equal("NAIROBI, Kenya \u2014 Voters queued from dawn on Tuesday to choose a new president.", article.Text);
        Assert.Equal(["Amina Odhiambo"], article.Metadata.Bylines);
        Assert.Equal(["Nairobi", "Kenya"], article.Metadata.DatelinePlaces);
    }
}
