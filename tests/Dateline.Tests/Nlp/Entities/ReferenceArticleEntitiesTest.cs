using Dateline.Documents;
using Dateline.Tests.Support;

namespace Dateline.Tests.Nlp.Entities;

/// <summary>The default pipeline (segmenter, then the embedded NER model) on the project's reference article, read at test time.</summary>
public class ReferenceArticleEntitiesTest
{
    private static (Document Document, IReadOnlyList<Entity> Entities) Analyze()
    {
        var path = TestData.RequireReferenceArticle();
        var document = new Document(File.ReadAllText(path));
        DefaultPipeline.Create().Process(document);
        return (document, document.Get(Layers.Entities));
    }

    [SkippableTheory]
    [InlineData("Volodymyr Zelenskiy", EntityType.Person)]
    [InlineData("Mykhailo Podolyak", EntityType.Person)]
    [InlineData("Aalok Sensharma", EntityType.Person)]
    [InlineData("Kremlin", EntityType.Organization)]
    [InlineData("AFP", EntityType.Organization)]
    [InlineData("Reuters", EntityType.Organization)]
    [InlineData("North Atlantic Treaty Organization", EntityType.Organization)]
    [InlineData("Jagran News Desk", EntityType.Organization)]
    [InlineData("Russia", EntityType.Location)]
    [InlineData("Ukraine", EntityType.Location)]
    [InlineData("United States", EntityType.Location)]
    [InlineData("Moscow", EntityType.Location)]
    [InlineData("Kyiv", EntityType.Location)]
    [InlineData("Russian", EntityType.Group)]
    [InlineData("Western", EntityType.Group)]
    [InlineData("Ukrainians", EntityType.Group)]
    public void EveryNamedPersonOrganizationPlaceAndGroupIsFound(string name, EntityType type)
    {
        var (_, entities) = Analyze();
        Assert.Contains(entities, e => e.Name == name && e.Type == type);
    }

    [SkippableFact]
    public void SurnamesAndAcronymsJoinTheirFullNames()
    {
        var (document, entities) = Analyze();
        var zelenskiy = Assert.Single(entities, e => e.Name == "Volodymyr Zelenskiy");
        Assert.Contains(zelenskiy.Mentions, m => document.TextOf(m) == "Zelenskiy");
        var nato = Assert.Single(entities, e => e.Name == "North Atlantic Treaty Organization");
        Assert.Contains(nato.Mentions, m => document.TextOf(m) == "NATO");
        var us = Assert.Single(entities, e => e.Name == "United States");
        Assert.Contains(us.Mentions, m => document.TextOf(m) == "US");
        Assert.DoesNotContain(entities, e => e.Name == "US" || e.Name == "NATO" || e.Name == "Zelenskiy");
    }

    [SkippableFact]
    public void MentionsLeaveOutTitlesAndPossessives()
    {
        var (document, entities) = Analyze();
        var texts = entities.SelectMany(e => e.Mentions).Select(document.TextOf).ToList();
        Assert.DoesNotContain(texts, t => t.StartsWith("President", StringComparison.Ordinal));
        Assert.DoesNotContain(texts, t => t.EndsWith("'s", StringComparison.Ordinal) || t.EndsWith("’s", StringComparison.Ordinal));
    }
}
