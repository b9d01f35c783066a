using Dateline.Documents;
using Dateline.Nlp.Entities;

namespace Dateline.Tests.Nlp.Entities;

public class EntityGrouperTest
{
    private static List<Entity> Group(string text, params (string Mention, int Occurrence, EntityType Type)[] mentions)
    {
        var list = new List<NameMention>();
        foreach (var (mention, occurrence, type) in mentions)
        {
            var start = -1;
            for (var i = 0; i <= occurrence; i++) start = text.IndexOf(mention, start + 1, StringComparison.Ordinal);
            list.Add(new NameMention(new TextSpan(start, start + mention.Length), type));
        }
        list.Sort((a, b) => a.Span.Start.CompareTo(b.Span.Start));
        return EntityGrouper.Group(text, list);
    }

    [Fact]
    public void ALaterSurnameJoinsTheFullName()
    {
        const string text = "Olena Marchuk spoke first. Later Marchuk left.";
        var entities = Group(text, ("Olena Marchuk", 0, EntityType.Person), ("Marchuk", 1, EntityType.Person));
        var entity = Assert.Single(entities);
        Assert.Equal("e1", entity.Id);
        Assert.Equal("Olena Marchuk", entity.Name);
        Assert.Equal(2, entity.Mentions.Count);
    }

    [Fact]
    public void AFullNameJoinsASurnameSeenEarlierAndBecomesTheName()
    {
        const string text = "Marchuk arrived. Olena Marchuk then spoke.";
        var entity = Assert.Single(Group(text, ("Marchuk", 0, EntityType.Person), ("Olena Marchuk", 0, EntityType.Person)));
        Assert.Equal("Olena Marchuk", entity.Name);
    }

    [Fact]
    public void AnAcronymInParenthesesJoinsTheLongFormAndSoDoLaterUses()
    {
        const string text = "Talks with the European Free Trade Association (EFTA) began. EFTA said no.";
        var entities = Group(text,
            ("European Free Trade Association", 0, EntityType.Organization),
            ("EFTA", 0, EntityType.Organization),
            ("EFTA", 1, EntityType.Location));
        var entity = Assert.Single(entities);
        Assert.Equal(EntityType.Organization, entity.Type);
        Assert.Equal("European Free Trade Association", entity.Name);
        Assert.Equal(3, entity.Mentions.Count);
    }

    [Fact]
    public void AnAcronymOfAnEarlierNameJoinsItWithoutParentheses()
    {
        const string text = "The United Kingdom voted. Later the UK changed course.";
        var entity = Assert.Single(Group(text, ("United Kingdom", 0, EntityType.Location), ("UK", 0, EntityType.Location)));
        Assert.Equal("United Kingdom", entity.Name);
    }

    [Fact]
    public void DifferentPeopleSharingNoNameWordStayApartAndAreNumberedInOrder()
    {
        const string text = "Ivan Petrenko met Maria Kovalenko in Odesa.";
        var entities = Group(text,
            ("Ivan Petrenko", 0, EntityType.Person), ("Maria Kovalenko", 0, EntityType.Person), ("Odesa", 0, EntityType.Location));
        Assert.Equal(["e1", "e2", "e3"], entities.Select(e => e.Id));
        Assert.Equal([EntityType.Person, EntityType.Person, EntityType.Location], entities.Select(e => e.Type));
    }

    [Fact]
    public void AWordOfAPersonNameDoesNotJoinAPlaceOfTheSameSpelling()
    {
        const string text = "Jordan Hill visited Jordan.";
        var entities = Group(text, ("Jordan Hill", 0, EntityType.Person), ("Jordan", 1, EntityType.Location));
        Assert.Equal(2, entities.Count);
    }

    [Fact]
    public void GroupWordsJoinTheirPlural()
    {
        const string text = "A Ukrainian official said Ukrainians are calm.";
        var entity = Assert.Single(Group(text, ("Ukrainian", 0, EntityType.Group), ("Ukrainians", 0, EntityType.Group)));
        Assert.Equal(EntityType.Group, entity.Type);
    }

    [Theory]
    [InlineData("NATO", "North Atlantic Treaty Organization", true)]
    [InlineData("US", "United States", true)]
    [InlineData("U.S.", "United States", true)]
    [InlineData("OSCE", "Organization for Security and Co-operation in Europe", true)]
    [InlineData("UN", "United Kingdom", false)]
    [InlineData("Nato", "North Atlantic Treaty Organization", false)]
    [InlineData("N", "Norway", false)]
    public void AcronymsAreTheInitialsOfTheCapitalizedWords(string acronym, string name, bool expected) =>
        Assert.Equal(expected, AcronymMatcher.IsAcronymOf(acronym, name));
}
