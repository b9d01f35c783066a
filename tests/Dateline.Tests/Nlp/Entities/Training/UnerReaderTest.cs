using Dateline.Documents;
using Dateline.Nlp.Entities;
using Dateline.Nlp.Entities.Training;

namespace Dateline.Tests.Nlp.Entities.Training;

public class UnerReaderTest
{
    [Fact]
    public void SentencesAndNamesAreReadFromIob2Columns()
    {
        const string text = "# newdoc id = doc-1\n# sent_id = s1\n1\tMaria\tB-PER\t-\tx\n2\tSilva\tI-PER\t-\tx\n3\tleft\tO\t-\t-\n4\tPorto\tB-LOC\t-\tx\n\n"
            + "# newdoc id = doc-2\n1\tHi\tO\t-\t-\n";
        var examples = UnerReader.Read(new StringReader(text), "hand");
        Assert.Equal(2, examples.Count);
        Assert.Equal(["Maria", "Silva", "left", "Porto"], examples[0].Words);
        Assert.Equal([new NamedSpan(0, 2, EntityType.Person), new NamedSpan(3, 4, EntityType.Location)], examples[0].Spans);
        Assert.Equal("doc-1", examples[0].Source);
        Assert.Equal("doc-2", examples[1].Source);
    }

    [Fact]
    public void AnInsideTagOfAnotherTypeStartsANewName()
    {
        var spans = UnerReader.SpansFromIob2(["I-ORG", "I-ORG", "I-LOC", "O", "B-PER", "B-PER"]);
        Assert.Equal(
            [new NamedSpan(0, 2, EntityType.Organization), new NamedSpan(2, 3, EntityType.Location),
             new NamedSpan(4, 5, EntityType.Person), new NamedSpan(5, 6, EntityType.Person)],
            spans);
    }

    [Fact]
    public void ALineWithTooFewColumnsIsReported()
    {
        var error = Assert.Throws<FormatException>(() => UnerReader.Read(new StringReader("1\tonly\n"), "hand.iob2"));
        Assert.Contains("E221", error.Message, StringComparison.Ordinal);
        Assert.Contains("hand.iob2:1", error.Message, StringComparison.Ordinal);
    }
}
