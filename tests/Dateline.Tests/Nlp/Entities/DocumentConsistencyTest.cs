using Dateline.Documents;
using Dateline.Nlp.Entities;

namespace Dateline.Tests.Nlp.Entities;

public class DocumentConsistencyTest
{
    [Fact]
    public void EveryOccurrenceOfANameTakesTheTypeMostOccurrencesGot()
    {
        SentenceText[] sentences =
        [
            SentenceText.FromWords(["Coron", "is", "lovely"]),
            SentenceText.FromWords(["We", "reached", "Coron"]),
            SentenceText.FromWords(["Coron", "town", "sleeps"]),
        ];
        List<NamedSpan>[] names =
        [
            [new(0, 1, EntityType.Person)],
            [new(2, 3, EntityType.Location)],
            [new(0, 1, EntityType.Location)],
        ];
        DocumentConsistency.Apply(sentences, names);
        Assert.All(names, list => Assert.Equal(EntityType.Location, Assert.Single(list).Type));
    }

    [Fact]
    public void ATieKeepsTheLabelersChoice()
    {
        SentenceText[] sentences = [SentenceText.FromWords(["Jordan", "won"]), SentenceText.FromWords(["in", "Jordan"])];
        List<NamedSpan>[] names = [[new(0, 1, EntityType.Person)], [new(1, 2, EntityType.Location)]];
        DocumentConsistency.Apply(sentences, names);
        Assert.Equal(EntityType.Person, names[0][0].Type);
        Assert.Equal(EntityType.Location, names[1][0].Type);
    }
}
