using Dateline.Documents;
using Dateline.Nlp.Entities;

namespace Dateline.Tests.Nlp.Entities;

public class GazetteerOverrideTest
{
    private static readonly NerFeatureExtractor Extractor = new(TinyModel.Lists, WordLexicon.Empty);

    private static List<NamedSpan> Apply(string[] words, params NamedSpan[] found)
    {
        var buffer = new FeatureBuffer();
        Extractor.Extract(SentenceText.FromWords(words), buffer);
        var names = found.ToList();
        GazetteerOverride.Apply(TinyModel.Lists, buffer, words.Length, names);
        return names;
    }

    [Fact]
    public void ANameThatIsAListedOrganizationTakesTheOrganizationType() =>
        Assert.Equal([new NamedSpan(1, 2, EntityType.Organization)],
            Apply(["told", "Reuters", "."], new NamedSpan(1, 2, EntityType.Person)));

    [Fact]
    public void ANameCutShortOfAListedNameIsExtendedToIt() =>
        Assert.Equal([new NamedSpan(0, 3, EntityType.Organization)],
            Apply(["Jagran", "News", "Desk", ":"], new NamedSpan(0, 2, EntityType.Organization)));

    [Fact]
    public void AMissedListedNameOfSeveralWordsIsAdded() =>
        Assert.Equal([new NamedSpan(2, 4, EntityType.Location)],
            Apply(["troops", "left", "North", "Korea"]));

    [Fact]
    public void ANameThatOnlyPartlyOverlapsAListedNameIsLeftAlone() =>
        Assert.Equal([new NamedSpan(0, 2, EntityType.Person)],
            Apply(["Paul", "Jordan", "Valley"], new NamedSpan(0, 2, EntityType.Person)));

    [Fact]
    public void LowerCaseWordsAreNotTreatedAsListedNames() =>
        Assert.Empty(Apply(["the", "pentagon", "shape"]));
}
