namespace Dateline.Tests.Text;

public sealed class SentenceSplitterTest
{
    private static IReadOnlyList<string> Split(string text) => Segmented.Of(text).Sentences;

    [Fact]
    public void AnAbbreviationBeforeASentenceOpenerEndsTheSentence() =>
        Assert.Equal(["Aid went to the U.S.", "The talks ended."], Split("Aid went to the U.S. The talks ended."));

    [Fact]
    public void AnAbbreviationBeforeANameDoesNotEndTheSentence() =>
        Assert.Equal(["The U.S. Navy and Mr. Ray met Gen. Odo at 9 a.m. Tuesday."],
            Split("The U.S. Navy and Mr. Ray met Gen. Odo at 9 a.m. Tuesday."));

    [Fact]
    public void InitialsDoNotEndTheSentence() =>
        Assert.Equal(["J. R. R. Tolkien wrote it.", "Fans cheered."], Split("J. R. R. Tolkien wrote it. Fans cheered."));

    [Fact]
    public void AQuotationEndingInACommaStaysInItsSentence() =>
        Assert.Equal(["\"We stand together for peace,\" the minister said."],
            Split("\"We stand together for peace,\" the minister said."));

    [Fact]
    public void AClosingQuoteAfterTheFullStopBelongsToTheSentence() =>
        Assert.Equal(["\"We will go.\"", "He left."], Split("\"We will go.\" He left."));

    [Fact]
    public void AQuestionInsideAQuotationBeforeLowercaseDoesNotEndTheSentence() =>
        Assert.Equal(["\u201cWhere?\u201d he asked.", "Nobody knew."], Split("\u201cWhere?\u201d he asked. Nobody knew."));

    [Fact]
    public void SeveralQuotedSentencesAreSplitInsideOneQuotation() =>
        Assert.Equal(["\"The river rose.", "We left early.", "Then it rained,\" she said."],
            Split("\"The river rose. We left early. Then it rained,\" she said."));

    [Fact]
    public void AHeadlineWithoutPunctuationIsItsOwnSentence() =>
        Assert.Equal(["Rain Hits Coastal Towns", "Heavy rain fell on Monday."],
            Split("Rain Hits Coastal Towns\nHeavy rain fell on Monday."));

    [Fact]
    public void AWrappedLineContinuingInLowercaseStaysInTheSentence() =>
        Assert.Equal(["The minister said that\nthe talks would resume."], Split("The minister said that\nthe talks would resume."));

    [Fact]
    public void ABlankLineAlwaysEndsTheSentence() =>
        Assert.Equal(["the first paragraph", "the second one"], Split("the first paragraph\n\nthe second one"));

    [Fact]
    public void AnEllipsisEndsTheSentenceOnlyBeforeACapital() =>
        Assert.Equal(["We waited...", "Then the bus came... and went."], Split("We waited... Then the bus came... and went."));

    [Fact]
    public void MixedQuestionAndExclamationMarksEndTheSentence() =>
        Assert.Equal(["Is it true?!", "Nobody knows."], Split("Is it true?! Nobody knows."));

    [Fact]
    public void BulletsAndListItemsAreSentencesOfTheirOwn() =>
        Assert.Equal(["Key points:", "- Prices rose", "- Wages fell", "* Rents held"],
            Split("Key points:\n- Prices rose\n- Wages fell\n* Rents held"));

    [Fact]
    public void ANumberedListItemKeepsItsNumber() =>
        Assert.Equal(["2. The second point holds."], Split("2. The second point holds."));

    [Fact]
    public void AWireDatelineIsASegmentOfItsOwn() =>
        Assert.Equal(["LAGOS (Newswire) -", "The senate voted on Friday."], Split("LAGOS (Newswire) - The senate voted on Friday."));

    [Fact]
    public void ACapitalizedLeadWithoutADatelineMarkerStaysInTheSentence() =>
        Assert.Equal(["MUST READ - Prices rose."], Split("MUST READ - Prices rose."));

    [Fact]
    public void DecimalsAndNumberAbbreviationsDoNotEndTheSentence() =>
        Assert.Equal(["No. 5 earned $3.5 million in 2020.", "Her rival earned less."],
            Split("No. 5 earned $3.5 million in 2020. Her rival earned less."));

    [Fact]
    public void RupeesWrittenRsDotBeforeAnAmountDoNotEndTheSentence() =>
        Assert.Equal(["The bridge will cost Rs. 3.5 crore, officials said.", "Work starts in May."],
            Split("The bridge will cost Rs. 3.5 crore, officials said. Work starts in May."));

    [Fact]
    public void SentencesCoverTheTokensInOrderWithoutGaps()
    {
        var segmented = Segmented.Of("One sentence here. Another one!\n\nA third");
        var sentences = segmented.Document.Get(Documents.Layers.Sentences);
        var tokens = segmented.Document.Get(Documents.Layers.Tokens);

        var next = 0;
        foreach (var sentence in sentences)
        {
            Assert.Equal(next, sentence.FirstToken);
            Assert.Equal(tokens[sentence.FirstToken].Start, sentence.Start);
            Assert.Equal(tokens[sentence.EndToken - 1].End, sentence.End);
            next = sentence.EndToken;
        }
        Assert.Equal(tokens.Count, next);
        Assert.Equal(3, sentences.Count);
    }
}
