using Dateline.Ingest;

namespace Dateline.Tests.Ingest;

public class HtmlArticleReaderTest
{
    [Fact]
    public void WireStoryPageKeepsTheStoryAndDropsNavigationShareBarAdsRelatedLinksCommentsAndFooter()
    {
        var article = Fixtures.Single("wire-story.html");

        Assert.StartsWith("GENEVA (Reuters) - The World Health Organization said on Friday", article.Text);
        Assert.EndsWith("alongside other respiratory infections.", article.Text);
        foreach (var noise in new[] { "Business", "Share on", "Advertisement", "Related stories", "Vaccine makers", "Be the first", "Sign up", "All rights reserved", "cookies", "analytics" })
        {
            Assert.DoesNotContain(noise, article.Text);
        }
    }

    [Fact]
    public void ParagraphsAreSeparatedByBlankLinesAndEntitiesAreDecoded()
    {
        var article = Fixtures.Single("wire-story.html");

        var paragraphs = article.Text.Split("\n\n");
        Assert.Equal(5, paragraphs.Length);
        Assert.All(paragraphs, p => Assert.DoesNotContain('\n', p));
        Assert.Contains("agency's emergency committee", article.Text);
        Assert.Contains("\u201cIt is with great hope", article.Text);
        Assert.Contains("its name & before", article.Text);
    }

    [Fact]
    public void WireStoryMetadataComesFromJsonLdGraphCanonicalLinkAndSiteName()
    {
        var metadata = Fixtures.Single("wire-story.html").Metadata;

        Assert.Equal("WHO ends COVID-19 global health emergency", metadata.Title);
        Assert.Equal(new DateTimeOffset(2023, 5, 5, 14, 12, 0, TimeSpan.FromHours(2)), metadata.Published);
        Assert.Equal(["Claire Fontaine", "Tomas Berg"], metadata.Bylines);
        Assert.Equal("World Wire", metadata.Source);
        Assert.Equal("https://worldwire.example/world/who-covid-emergency-ends", metadata.Url);
        Assert.Equal("en", metadata.Language);
        Assert.Equal(["Geneva"], metadata.DatelinePlaces);
        Assert.Equal(Fixtures.Path("wire-story.html"), metadata.Origin);
    }

    [Fact]
    public void PageWithOnlyATimeElementTakesItsDateAndTheDatelineFromTheText()
    {
        var article = Fixtures.Single("time-only.html");

        Assert.Equal(new DateTimeOffset(2021, 11, 13, 21, 30, 0, TimeSpan.Zero), article.Metadata.Published);
        Assert.Equal("Nations agree climate pact in Glasgow", article.Metadata.Title);
        Assert.Equal(["Glasgow", "Scotland"], article.Metadata.DatelinePlaces);
        Assert.Contains("\"phase-out\" to a \"phase-down\"", article.Text);
    }

    [Fact]
    public void Latin1PageDeclaredInMetaIsDecodedAsWindows1252()
    {
        var article = Fixtures.Single("latin1-page.html");

        Assert.StartsWith("S\u00c3O PAULO: Milhares de pessoas foram \u00e0s ruas de S\u00e3o Paulo", article.Text);
        Assert.Contains("hist\u00f3ria", article.Text);
        Assert.Equal("pt", article.Metadata.Language);
        Assert.Equal(["S\u00e3o Paulo"], article.Metadata.DatelinePlaces);
    }

    [Fact]
    public void TruncatedPageStillGivesTheTextThatIsThere()
    {
        var html = "<html><body><article><p>BERLIN (dpa) - The parliament voted on Thursday to approve the budget.</p><p>The opposition said it would";

        var outcome = Assert.Single(new ArticleLoader().LoadText(html, "cut.html"));

        var article = Assert.IsType<LoadedArticle>(outcome);
        Assert.Equal("BERLIN (dpa) - The parliament voted on Thursday to approve the budget.\n\nThe opposition said it would", article.Text);
        Assert.Equal("dpa", article.Metadata.Source);
    }

    [Fact]
    public void PageWithNoTextIsAnErrorNamingTheFile()
    {
        var outcome = Assert.Single(new ArticleLoader().LoadText("<html><head><title>x</title></head><body><nav>Home</nav><script>var a;</script></body></html>", "blank.html"));

        var error = Assert.IsType<InputError>(outcome);
        Assert.Equal("blank.html", error.Path);
        Assert.Equal(InputErrorCodes.NoText, error.Code);
    }

    [Fact]
    public void DeeplyNestedPageStillGivesItsText()
    {
        var html = "<html><body>" + string.Concat(Enumerable.Repeat("<div>", 1500)) + "<p>ROME (ANSA) - The text sits far below the body.</p></body></html>";

        var article = Assert.IsType<LoadedArticle>(Assert.Single(new ArticleLoader().LoadText(html, "deep.html")));

        Assert.Equal("ROME (ANSA) - The text sits far below the body.", article.Text);
    }
}
