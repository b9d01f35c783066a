using Dateline.Ingest;

namespace Dateline.Tests.Ingest;

public class FeedReaderTest
{
    [Fact]
    public void RssFeedGivesOneOutcomePerItemInOrder()
    {
        var outcomes = Fixtures.Load("three-items.rss");

        Assert.Equal(3, outcomes.Count);
        var first = Assert.IsType<LoadedArticle>(outcomes[0]);
        Assert.Equal(InputFormat.Rss, first.Format);
        Assert.Equal(Fixtures.Path("three-items.rss") + "#item-1", first.Metadata.Origin);
        Assert.Equal("WASHINGTON (AP) \u2014 The Federal Reserve raised its benchmark interest rate by half a percentage point on Wednesday, a smaller step than at its four previous meetings.\n\nOfficials signalled that more increases would follow in the new year as they try to bring inflation down.", first.Text);
        Assert.Equal("Central bank raises rates by half a point", first.Metadata.Title);
        Assert.Equal("https://metrodesk.example/2022/12/14/fed-rates", first.Metadata.Url);
        Assert.Equal("md-1001", first.Metadata.Id);
        Assert.Equal(new DateTimeOffset(2022, 12, 14, 19, 5, 0, TimeSpan.Zero), first.Metadata.Published);
        Assert.Equal(["Ruth Okafor"], first.Metadata.Bylines);
        Assert.Equal("Metro Desk Wire", first.Metadata.Source);
        Assert.Equal(["Washington"], first.Metadata.DatelinePlaces);
    }

    [Fact]
    public void RssDescriptionHoldingEscapedHtmlBecomesTextAndAuthorEmailGivesTheName()
    {
        var second = Assert.IsType<LoadedArticle>(Fixtures.Load("three-items.rss")[1]);

        Assert.Equal("NASA\u2019s Orion capsule returned to Earth on Sunday, ending an uncrewed trip around the Moon that lasted more than three weeks.", second.Text);
        Assert.Equal(["Daniel Reyes"], second.Metadata.Bylines);
        Assert.Equal(new DateTimeOffset(2022, 12, 11, 17, 40, 0, TimeSpan.Zero), second.Metadata.Published);
    }

    [Fact]
    public void RssItemWithoutBodyIsAnErrorAndTheOthersStillLoad()
    {
        var third = Assert.IsType<InputError>(Fixtures.Load("three-items.rss")[2]);

        Assert.Equal(InputErrorCodes.NoText, third.Code);
        Assert.Contains("item-3", third.Message);
    }

    [Fact]
    public void AtomFeedReadsAlternateLinkPublishedAuthorAndHtmlContent()
    {
        var outcomes = Fixtures.Load("entries.atom");

        Assert.Equal(2, outcomes.Count);
        var first = Assert.IsType<LoadedArticle>(outcomes[0]);
        Assert.Equal(InputFormat.Atom, first.Format);
        Assert.Equal("DALLAS (AFP) - A total solar eclipse swept from Mexico across the United States and into Canada on Monday.\n\nCrowds gathered in parks and on rooftops along the path of totality.", first.Text);
        Assert.Equal("https://harbourtimes.example/2024/04/08/eclipse", first.Metadata.Url);
        Assert.Equal(new DateTimeOffset(2024, 4, 8, 19, 45, 0, TimeSpan.FromHours(-5)), first.Metadata.Published);
        Assert.Equal(["Mei Tanaka"], first.Metadata.Bylines);
        Assert.Equal("Harbour Times: World", first.Metadata.Source);
        var second = Assert.IsType<LoadedArticle>(outcomes[1]);
        Assert.Equal("Officials counted the visitors who travelled to see the eclipse.", second.Text);
        Assert.Equal(new DateTimeOffset(2024, 4, 9, 8, 0, 0, TimeSpan.Zero), second.Metadata.Published);
    }

    [Fact]
    public void FeedThatIsNotXmlIsOneErrorNamingTheFile()
    {
        var outcome = Assert.Single(new ArticleLoader().LoadText("<rss><channel><item><title>Unclosed", "broken.rss"));

        var error = Assert.IsType<InputError>(outcome);
        Assert.Equal("broken.rss", error.Path);
        Assert.Equal(InputErrorCodes.Malformed, error.Code);
        Assert.Contains("not well-formed XML", error.Message);
    }
}
