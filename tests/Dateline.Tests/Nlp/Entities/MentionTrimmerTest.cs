using Dateline.Documents;
using Dateline.Nlp.Entities;
using Dateline.Tests.Support;

namespace Dateline.Tests.Nlp.Entities;

public class MentionTrimmerTest
{
    private static readonly Gazetteer Lists = Gazetteer.LoadEmbedded();

    private static string Trim(string line, int start, int end, EntityType type)
    {
        var document = HandTokenizedDocument.Create(line);
        var tokens = document.Get(Layers.Tokens);
        var sentence = new SentenceText(document.Text, tokens, 0, tokens.Count);
        return MentionTrimmer.Trim(sentence, new NamedSpan(start, end, type), Lists) is { } span ? document.TextOf(span) : "";
    }

    [Fact]
    public void ATitleIsNotPartOfAPersonMention() =>
        Assert.Equal("Olena Marchuk", Trim("President Olena Marchuk spoke", 0, 3, EntityType.Person));

    [Fact]
    public void ATitleWordStaysInsideAnOrganizationName() =>
        Assert.Equal("Minister Council", Trim("the Minister Council met", 1, 3, EntityType.Organization));

    [Fact]
    public void APossessiveTokenIsNotPartOfTheMention() =>
        Assert.Equal("Ukraine", Trim("Ukraine 's borders", 0, 2, EntityType.Location));

    [Fact]
    public void APossessiveEndingInsideTheLastTokenIsCutOff()
    {
        var document = new Document("Ukraine’s borders");
        var tokens = new List<Token> { new(0, 9), new(10, 17) };
        var span = MentionTrimmer.Trim(new SentenceText(document.Text, tokens, 0, 2), new NamedSpan(0, 1, EntityType.Location), Lists);
        Assert.Equal("Ukraine", document.TextOf(span!.Value));
    }

    [Fact]
    public void ALeadingArticleIsDropped() =>
        Assert.Equal("Kremlin", Trim("the Kremlin said", 0, 2, EntityType.Organization));

    [Fact]
    public void ANameThatIsOnlyAPossessiveLeavesNothing() =>
        Assert.Equal("", Trim("'s", 0, 1, EntityType.Person));

    [Fact]
    public void TitlesAreDroppedFromTheFrontOfPersonNamesBeforeScoring()
    {
        var sentence = SentenceText.FromWords(["Ms", "Olena", "Marchuk", "met", "President", "Petrenko", "and", "the", "Minister", "Council"]);
        List<NamedSpan> names = [new(0, 3, EntityType.Person), new(4, 6, EntityType.Person), new(8, 10, EntityType.Organization)];
        MentionTrimmer.TrimTitles(sentence, names, Lists);
        Assert.Equal([new(1, 3, EntityType.Person), new(5, 6, EntityType.Person), new(8, 10, EntityType.Organization)], names);
    }

    [Fact]
    public void APersonNameMadeOnlyOfATitleIsKept()
    {
        var sentence = SentenceText.FromWords(["President", "spoke"]);
        List<NamedSpan> names = [new(0, 1, EntityType.Person)];
        MentionTrimmer.TrimTitles(sentence, names, Lists);
        Assert.Equal(new NamedSpan(0, 1, EntityType.Person), Assert.Single(names));
    }
}
