using Dateline.Nlp.Parsing;

namespace Dateline.Tests.Nlp.Parsing;

public class ParserTrainingDataTest
{
    [Fact]
    public void DocumentsListedOutsideTheTrainSectionAreHeldOut()
    {
        string[] lines = ["# Splits", "", "## dev", "", "  * GUM_news_a", "## test", "  * GUM_bio_b", "## train", "  * GUM_news_c"];
        var heldOut = ParserTrainingData.HeldOutDocuments(lines);
        Assert.Equal(["GUM_bio_b", "GUM_news_a"], heldOut.Order(StringComparer.Ordinal));
    }
}
