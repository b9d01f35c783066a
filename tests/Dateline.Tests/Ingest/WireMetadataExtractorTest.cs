using Dateline.Ingest;
using Dateline.Tests.Support;

namespace Dateline.Tests.Ingest;

public class WireMetadataExtractorTest
{
    private readonly WireMetadataExtractor _extractor = new();

    private static List<string> Values(IEnumerable<WireValue> values) => values.Select(v => v.Value).ToList();

    [Theory]
    [InlineData("MOSCOW (Reuters) - Russia said on Monday it would hold talks.", "Moscow", "Reuters")]
    [InlineData("WASHINGTON, Feb 15 (AP) \u2014 The Senate passed the bill late on Tuesday.", "Washington", "AP")]
    [InlineData("NEW DELHI: The government on Friday announced a new farm policy.", "New Delhi", null)]
    [InlineData("New Delhi, Feb 15 (PTI) The Supreme Court on Tuesday agreed to hear the plea.", "New Delhi", "PTI")]
    [InlineData("Paris (AFP) - French farmers blocked roads around the capital.", "Paris", "AFP")]
    public void DatelineGivesPlaceAndAgency(string text, string place, string? source)
    {
        var found = _extractor.Extract(text);

        Assert.Equal([place], Values(found.DatelinePlaces));
        Assert.Equal(source, found.Source?.Value);
    }

    [Fact]
    public void DatelineWithRegionGivesBothPlaces()
    {
        var found = _extractor.Extract("KYIV, Ukraine \u2014 Air raid sirens sounded across the capital overnight.");

        Assert.Equal(["Kyiv", "Ukraine"], Values(found.DatelinePlaces));
        Assert.Equal("KYIV, Ukraine \u2014", "KYIV, Ukraine \u2014 Air"[..found.Dateline!.Value.End]);
    }

    [Fact]
    public void DatedDatelineGivesMonthAndDayWithSpans()
    {
        const string text = "WASHINGTON, Feb 15 (AP) \u2014 The Senate passed the bill.";

        var found = _extractor.Extract(text);

        var (month, day, span) = found.DatelineDate!.Value;
        Assert.Equal((2, 15), (month, day));
        Assert.Equal("Feb 15", text[span.Start..span.End]);
        Assert.Equal("AP", text[found.Source!.Value.Span.Start..found.Source.Value.Span.End]);
        Assert.Equal("WASHINGTON", text[found.DatelinePlaces[0].Span.Start..found.DatelinePlaces[0].Span.End]);
    }

    [Theory]
    [InlineData("The Kremlin on Tuesday said troops were returning to base.")]
    [InlineData("Note: the figures are provisional and may change.")]
    [InlineData("Officials said - without giving details - that talks would resume.")]
    [InlineData("BREAKING: Parliament has been dissolved, the speaker said.")]
    public void OrdinarySentencesAreNotDatelines(string text)
    {
        var found = _extractor.Extract(text);

        Assert.Empty(found.DatelinePlaces);
        Assert.Null(found.Dateline);
    }

    [Theory]
    [InlineData("By Jane Doe\n\nLONDON (Reuters) - Prices rose.", new[] { "Jane Doe" })]
    [InlineData("By Jane Doe and John Roe\n\nLONDON (Reuters) - Prices rose.", new[] { "Jane Doe", "John Roe" })]
    [InlineData("Prices rose.\n\nWritten by Maria de la Cruz", new[] { "Maria de la Cruz" })]
    [InlineData("Prices rose.\n\nPosted By: Ravi Kumar", new[] { "Ravi Kumar" })]
    [InlineData("Prices rose.\n\n(Reporting by Jane Doe and John Roe in Kyiv; Additional reporting by Ana Lima; Editing by Mark Hale)", new[] { "Jane Doe", "John Roe", "Ana Lima" })]
    public void BylinesAreReadFromTheirOwnLines(string text, string[] names)
    {
        var found = _extractor.Extract(text);

        Assert.Equal(names, Values(found.Bylines));
    }

    [Fact]
    public void EditorsAreKeptApartFromBylines()
    {
        var found = _extractor.Extract("Prices rose.\n\nReporting by Jane Doe; Editing by Mark Hale and Sara Ng");

        Assert.Equal(["Jane Doe"], Values(found.Bylines));
        Assert.Equal(["Mark Hale", "Sara Ng"], Values(found.Editors));
    }

    [Fact]
    public void SentenceStartingWithByIsNotAByline()
    {
        var found = _extractor.Extract("Officials met.\n\nBy Tuesday, most of the troops had left the border area.");

        Assert.Empty(found.Bylines);
    }

    [Fact]
    public void BylineNamingADeskGivesTheSource()
    {
        var found = _extractor.Extract("By Express News Service\n\nCHENNAI: Heavy rain flooded roads on Monday.");

        Assert.Empty(found.Bylines);
        Assert.Equal("Express News Service", found.Source?.Value);
        Assert.Equal(["Chennai"], Values(found.DatelinePlaces));
    }

    [SkippableFact]
    public void ReferenceArticleGivesMoscowKyivJagranNewsDeskAndItsByline()
    {
        var path = TestData.RequireReferenceArticle();
        var text = File.ReadAllText(path);

        var found = _extractor.Extract(text);

        Assert.Equal(["Moscow", "Kyiv"], Values(found.DatelinePlaces));
        Assert.Equal("Jagran News Desk", found.Source?.Value);
        Assert.Equal(["Aalok Sensharma"], Values(found.Bylines));
        var byline = found.Bylines[0].Span;
        Assert.Equal("Aalok Sensharma", text[byline.Start..byline.End]);
    }

    [SkippableFact]
    public void ReferenceArticleLoadsWithItsTextUnchangedAndMetadataFromTheText()
    {
        var path = TestData.RequireReferenceArticle();

        var article = Assert.IsType<LoadedArticle>(Assert.Single(new ArticleLoader().Load(path)));

        Assert.Equal(File.ReadAllText(path), article.Text);
        Assert.Equal("Jagran News Desk", article.Metadata.Source);
        Assert.Equal(["Aalok Sensharma"], article.Metadata.Bylines);
        Assert.Equal(["Moscow", "Kyiv"], article.Metadata.DatelinePlaces);
        Assert.Equal("3f35dfa55a5d8b29".Length, article.Metadata.Id!.Length);
    }
}
