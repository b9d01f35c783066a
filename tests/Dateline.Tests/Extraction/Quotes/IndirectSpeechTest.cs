using Dateline.Extraction.Quotes;
using Dateline.Tests.Support;

namespace Dateline.Tests.Extraction.Quotes;

public sealed class IndirectSpeechTest
{
    [Fact]
    public void AReportingVerbWithAThatClauseIsAnIndirectQuote()
    {
        var quote = Assert.Single(QuoteStageTest.QuotesOf("Peter Hall told Reuters that the factory would close in March.", out var d));
        Assert.Equal(QuoteKind.Indirect, quote.Kind);
        Assert.Equal("the factory would close in March", d.TextOf(quote.Content));
        Assert.Equal("told", d.TextOf(quote.Cue));
        Assert.Equal("Peter Hall", d.Words(quote.Speaker?.Span));
    }

    [Fact]
    public void AClauseWithoutThatAfterSaidIsReported()
    {
        var quote = Assert.Single(QuoteStageTest.QuotesOf("The rebels said they will not attack the capital.", out var d));
        Assert.Equal("they will not attack the capital", d.TextOf(quote.Content));
        Assert.Equal("The rebels", d.Words(quote.Speaker?.Span));
    }

    [Fact]
    public void ACueAfterTheClauseAttributesTheClauseBeforeIt()
    {
        var quote = Assert.Single(QuoteStageTest.QuotesOf("The army will withdraw from the town by Friday, a spokesman said.", out var d));
        Assert.Equal("The army will withdraw from the town by Friday", d.TextOf(quote.Content));
        Assert.Equal("a spokesman", d.Words(quote.Speaker?.Span));
    }

    [Fact]
    public void AccordingToAPersonNamesTheSpeaker()
    {
        var quote = Assert.Single(QuoteStageTest.QuotesOf("The bridge was destroyed overnight, according to local officials.", out var d));
        Assert.Equal("The bridge was destroyed overnight", d.TextOf(quote.Content));
        Assert.Equal("according to", d.TextOf(quote.Cue));
        Assert.Equal("local officials", d.Words(quote.Speaker?.Span));
    }

    [Fact]
    public void AccordingToAnOutletAloneMakesTheOutletTheSpeakerWithNothingInBetween()
    {
        var quote = Assert.Single(QuoteStageTest.QuotesOf("According to Reuters, the convoy left the city at dawn.", out var d));
        Assert.Equal("the convoy left the city at dawn", d.TextOf(quote.Content));
        Assert.Equal("Reuters", d.Words(quote.Speaker?.Span));
        Assert.Empty(quote.Via);
    }

    [Fact]
    public void AVerbWithoutAReportedClauseIsNotAQuote()
    {
        Assert.Empty(QuoteStageTest.QuotesOf("The ministers warned the rebels and left the room.", out _));
    }

    [Fact]
    public void AnIndirectQuestionIsNotAStatement()
    {
        Assert.Empty(QuoteStageTest.QuotesOf("The minister did not say whether the talks would resume.", out _));
    }

    [Fact]
    public void MentionedReportsAClause()
    {
        var quote = Assert.Single(QuoteStageTest.QuotesOf("The coach mentioned that two players were injured.", out var d));
        Assert.Equal("two players were injured", d.TextOf(quote.Content));
    }

    [Fact]
    public void AccordingToATitledNameRunsToTheCommaAndNamesThePerson()
    {
        var quote = Assert.Single(QuoteStageTest.QuotesOf("According to analyst Maryam Ostrowski, the merger is good news for both firms.", out var d));
        Assert.Equal("the merger is good news for both firms", d.TextOf(quote.Content));
        Assert.Equal("Maryam Ostrowski", d.Words(quote.Speaker?.Span));
    }

    [Fact]
    public void AccordingToARoleWithTheNameInAppositionNamesThePerson()
    {
        var quote = Assert.Single(QuoteStageTest.QuotesOf("According to the union's lawyer, Tom Baxter, the strike was legal under the new law.", out var d));
        Assert.Equal("the strike was legal under the new law", d.TextOf(quote.Content));
        Assert.Equal("Tom Baxter", d.Words(quote.Speaker?.Span));
    }
}
