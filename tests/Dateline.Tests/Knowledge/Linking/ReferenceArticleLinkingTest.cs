using Dateline.Documents;
using Dateline.Ingest;
using Dateline.Knowledge.Linking;
using Dateline.Tests.Support;

namespace Dateline.Tests.Knowledge.Linking;

/// <summary>The default pipeline with the built-in knowledge on the reference article (read from ../shared at test time, dated 2022-02-15).</summary>
public class ReferenceArticleLinkingTest
{
    private static Document Analyze()
    {
        var path = TestData.RequireReferenceArticle();
        var article = Assert.IsType<LoadedArticle>(Assert.Single(new ArticleLoader().Load(path)));
        var metadata = article.Metadata with { Published = new DateTimeOffset(2022, 2, 15, 0, 0, 0, TimeSpan.Zero) };
        var document = new Document(article.Text, metadata);
        DefaultPipeline.Create().Process(document);
        return document;
    }

    private static LinkedEntity Named(Document document, string canonical) =>
        Assert.Single(document.Get(LinkingLayers.EntityLinks), e => e.Canonical == canonical);

    [SkippableFact]
    public void ZelenskiysFourMentionsAreOneGovernmentEntity()
    {
        var document = Analyze();
        var zelenskiy = Named(document, "Volodymyr Zelenskiy");
        Assert.Equal(4, zelenskiy.Mentions.Count);
        Assert.All(zelenskiy.Mentions, m => Assert.EndsWith("Zelenskiy", document.TextOf(m.Span)));
        Assert.Equal(("UKRGOV", "GOV", "UKR"), (zelenskiy.Actor?.Code, zelenskiy.Actor?.Role, zelenskiy.Actor?.Country));
    }

    [SkippableFact]
    public void TheKremlinIsTheRussianGovernment() =>
        Assert.Equal("RUSGOV", Named(Analyze(), "Kremlin").Actor?.Code);

    [SkippableFact]
    public void AfpAndReutersAreMediaAndNatoIsTheIgo()
    {
        var document = Analyze();
        Assert.Equal("MED", Assert.Single(document.Get(LinkingLayers.EntityLinks), e => e.Mentions.Any(m => document.TextOf(m.Span) == "AFP")).Actor?.Role);
        Assert.Equal("MED", Named(document, "Reuters").Actor?.Role);
        var nato = Named(document, "North Atlantic Treaty Organization");
        Assert.Contains(nato.Mentions, m => document.TextOf(m.Span) == "NATO");
        Assert.Equal(("IGOWSTNAT", "IGO"), (nato.Actor?.Code, nato.Actor?.Role));
    }

    [SkippableFact]
    public void MoscowAndKyivCarryCoordinates()
    {
        var document = Analyze();
        var moscow = Named(document, "Moscow").Geo!;
        var kyiv = Named(document, "Kyiv").Geo!;
        Assert.Equal(("RU", 524901), (moscow.CountryCode, moscow.GeonameId));
        Assert.Equal(("UA", 703448), (kyiv.CountryCode, kyiv.GeonameId));
        Assert.InRange(moscow.Lat, 55.7, 55.8);
        Assert.InRange(kyiv.Lon, 30.4, 30.6);
    }

    [SkippableFact]
    public void PodolyakIsAUkrainianGovernmentPersonFromContext()
    {
        var actor = Named(Analyze(), "Mykhailo Podolyak").Actor;
        Assert.Equal(("UKRGOV", ActorSource.Context), (actor?.Code, actor?.Source));
    }

    [SkippableFact]
    public void TheDefenceMinistrySpokesmanIsTheRussianMilitary()
    {
        var document = Analyze();
        var russian = Named(document, "Russian");
        Assert.Equal("RUSMIL", russian.Mentions[0].Actor?.Code);
    }
}
