using Dateline.Extraction.Quotes;

namespace Dateline.Tests.Extraction.Quotes;

public sealed class QuoteMarksTest
{
    private static string[] Contents(string text) =>
        [.. QuoteMarks.Find(text).Where(s => !s.Nested).Select(s => text[s.Content.Start..s.Content.End])];

    [Fact]
    public void StraightDoubleQuotesPairByAlternationAndDropTheTrailingComma()
    {
        Assert.Equal(["Stay calm", "We are ready."], Contents("\"Stay calm,\" she said. Then: \"We are ready.\""));
    }

    [Fact]
    public void CurlyQuotesPairByDirection()
    {
        Assert.Equal(["It is over"], Contents("\u201CIt is over,\u201D the coach said."));
    }

    [Fact]
    public void SingleQuotesAreFoundButApostrophesAreNot()
    {
        Assert.Equal(["We don't know yet"], Contents("'We don't know yet,' said the pilots' union."));
    }

    [Fact]
    public void SingleQuotesInsideDoubleQuotesAreNested()
    {
        var text = "\"They called it 'a farce' and left,\" Lee said.";
        var spans = QuoteMarks.Find(text);
        Assert.Equal(2, spans.Count);
        var inner = Assert.Single(spans, s => s.Nested);
        Assert.Equal("a farce", text[inner.Content.Start..inner.Content.End]);
        Assert.True(inner.Single);
    }

    [Fact]
    public void AQuoteReopenedInTheNextParagraphContinues()
    {
        var text = "\"The first part runs on.\n\n\"The second part ends it,\" the senator said.";
        var span = Assert.Single(QuoteMarks.Find(text));
        Assert.Equal(0, span.Open);
        Assert.EndsWith("ends it", text[span.Content.Start..span.Content.End]);
    }

    [Fact]
    public void AQuoteLeftOpenAtAParagraphEndClosesThere()
    {
        var text = "He said \"we will see.\n\nThe talks went on.";
        var span = Assert.Single(QuoteMarks.Find(text));
        Assert.Equal("we will see.", text[span.Content.Start..span.Content.End]);
    }

    [Fact]
    public void AStrayStraightMarkDoesNotFlipThePairsAfterIt()
    {
        // The first mark closes nothing (a word before it, a space after): it is left alone.
        var text = "It was 5\" long. \"Every stone was ours,\" he said.";
        Assert.Equal(["Every stone was ours"], Contents(text));
    }

    [Fact]
    public void AClosingMarkTypedAsAnOpeningOneStillCloses()
    {
        Assert.Equal(["We are ready", "Good."], Contents("\u201CWe are ready,\u201C she said. \u201CGood.\u201D"));
    }

    [Fact]
    public void AQuoteReopenedOnTheNextLineContinuesWhenParagraphsAreLines()
    {
        var text = "\"The first part runs on.\n\"The second part ends it,\" the senator said.";
        var span = Assert.Single(QuoteMarks.Find(text));
        Assert.StartsWith("The first part", text[span.Content.Start..span.Content.End]);
        Assert.EndsWith("ends it", text[span.Content.Start..span.Content.End]);
    }
}
