using Dateline.Documents;
using Dateline.Extraction.Quotes;
using Dateline.Tests.Support;

namespace Dateline.Tests.Extraction.Quotes;

public sealed class QuoteStageTest
{
    internal static IReadOnlyList<Quote> QuotesOf(string text, out Document document)
    {
        document = AnalyzedDocuments.Of(text);
        return document.Get(QuoteLayers.Quotes);
    }

    [Fact]
    public void TheStageDeclaresItsLayers()
    {
        var stage = new QuoteStage();
        Assert.Equal("quotes", stage.Name);
        Assert.Equal([Layers.Sentences, Layers.Tokens, Layers.Tags, Layers.Lemmas, Layers.Dependencies, Layers.Entities], stage.Requires);
        Assert.Equal([QuoteLayers.Quotes], stage.Assigns);
    }

    [Fact]
    public void ADirectQuoteTakesTheCueAndSpeakerAfterIt()
    {
        var quote = Assert.Single(QuotesOf("\"We will not give up our land,\" the mayor said on Sunday.", out var d));
        Assert.Equal(QuoteKind.Direct, quote.Kind);
        Assert.Equal("We will not give up our land", d.TextOf(quote.Content));
        Assert.Equal("said", d.TextOf(quote.Cue));
        Assert.Equal("the mayor", d.Words(quote.Speaker?.Span));
        Assert.Equal("q1", quote.Id);
    }

    [Fact]
    public void ADirectQuoteTakesTheCueBeforeItWhenNothingFollows()
    {
        var quote = Assert.Single(QuotesOf("The minister said: \"Our troops are ready for anything.\"", out var d));
        Assert.Equal("Our troops are ready for anything.", d.TextOf(quote.Content));
        Assert.Equal("The minister", d.Words(quote.Speaker?.Span));
    }

    [Fact]
    public void SingleQuotesWithAnInvertedCueNameTheSpeakerAfterTheVerb()
    {
        var quote = Assert.Single(QuotesOf("'The talks have failed completely,' said Anna Berg, a spokeswoman for the ministry.", out var d));
        Assert.Equal("The talks have failed completely", d.TextOf(quote.Content));
        Assert.Equal("Anna Berg", d.Words(quote.Speaker?.Span));
        Assert.NotNull(quote.Speaker?.Entity);
    }

    [Fact]
    public void NestedQuotesStayInsideTheirQuotation()
    {
        var quote = Assert.Single(QuotesOf("\"They called it 'a total failure' and left,\" Lee said.", out var d));
        Assert.Equal("They called it 'a total failure' and left", d.TextOf(quote.Content));
    }

    [Fact]
    public void AQuotationOverTwoParagraphsIsOneQuoteWithTheLaterCue()
    {
        var text = "\"The first part of the speech goes on here and on.\n\n\"And the second paragraph ends it,\" the senator said.";
        var quote = Assert.Single(QuotesOf(text, out var d));
        Assert.StartsWith("The first part", d.TextOf(quote.Content));
        Assert.EndsWith("ends it", d.TextOf(quote.Content));
        Assert.Equal("the senator", d.Words(quote.Speaker?.Span));
    }

    [Fact]
    public void QuotedWordsInsideAReportedClauseMakeAMixedQuote()
    {
        var quote = Assert.Single(QuotesOf("The senator said the plan was \"reckless\" and would fail within a year.", out var d));
        Assert.Equal(QuoteKind.Mixed, quote.Kind);
        Assert.StartsWith("the plan was \"reckless\"", d.TextOf(quote.Content));
        Assert.Equal("The senator", d.Words(quote.Speaker?.Span));
    }

    [Fact]
    public void ShortScareQuotesWithoutACueAreNotQuotes()
    {
        Assert.Empty(QuotesOf("The so-called \"peace plan\" was published on Friday.", out _));
    }

    [Fact]
    public void ATitleInsideASentenceWithoutACueIsNotAQuote()
    {
        Assert.Empty(QuotesOf("She curated \"Photographs and Prints from the Old Collection\" at the city museum.", out _));
    }

    [Fact]
    public void WordsGivenByAVerbOfNamingAreAMixedQuoteOfItsSubject()
    {
        var quote = Assert.Single(QuotesOf("The opposition leader called the new budget \"a betrayal\" on Tuesday.", out var d));
        Assert.Equal(QuoteKind.Mixed, quote.Kind);
        Assert.Equal("a betrayal", d.TextOf(quote.Content));
        Assert.Equal("called", d.TextOf(quote.Cue));
        Assert.Equal("The opposition leader", d.Words(quote.Speaker?.Span));
    }

    [Fact]
    public void ALeadInThatClosesTheParagraphBeforeNamesTheSpeaker()
    {
        var quote = Assert.Single(QuotesOf("Mayor Lena Hartmann said:\n\n\"The bridge will reopen next week and the tolls will stay the same.\"", out var d));
        Assert.Equal("The bridge will reopen next week and the tolls will stay the same.", d.TextOf(quote.Content));
        Assert.Equal("Lena Hartmann", d.Words(quote.Speaker?.Span));
    }

    [Fact]
    public void ANameRightAfterAQuotationWithoutAVerbIsTheSpeaker()
    {
        var quotes = QuotesOf("Prices rose again in March. \"The harvest was the worst in twenty years,\" Tomas Okafor, a farmer from the valley.", out var d);
        var quote = Assert.Single(quotes);
        Assert.Equal("Tomas Okafor", d.Words(quote.Speaker?.Span));
        Assert.Equal(0, quote.Cue.Length);
    }

    [Fact]
    public void ADescriptionAfterASayingVerbIsTheSpeakerNotAnAudience()
    {
        var quote = Assert.Single(QuotesOf("\"We will reopen the plant in May,\" said a company spokesman.", out var d));
        Assert.Equal("a company spokesman", d.Words(quote.Speaker?.Span));
    }
}
