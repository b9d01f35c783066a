using Dateline.Extraction.Quotes;
using Dateline.Tests.Support;

namespace Dateline.Tests.Extraction.Quotes;

/// <summary>The person named beside a description or an employer is the speaker, on sentences written for these tests.</summary>
public sealed class SpeakerChunkTest
{
    [Fact]
    public void AnInvertedCueWithADescriptionBeforeTheNameGivesThePerson()
    {
        var quote = Assert.Single(QuoteStageTest.QuotesOf("\"The rally will not last,\" said the chief economist at Northwind Capital, Peter Lindqvist.", out var d));
        Assert.Equal("Peter Lindqvist", d.Words(quote.Speaker?.Span));
    }

    [Fact]
    public void AnEmployerBeforeTheTitleAndNameIsNotTheSpeaker()
    {
        var quote = Assert.Single(QuoteStageTest.QuotesOf("Lakeside Motors chief executive Maria Okafor said the plant would reopen in May.", out var d));
        Assert.Equal("Maria Okafor", d.Words(quote.Speaker?.Span));
    }

    [Fact]
    public void AnAudienceAfterTheCueIsNotTheSpeaker()
    {
        var quote = Assert.Single(QuoteStageTest.QuotesOf("\"We will rebuild the bridge,\" the minister told reporters on Monday.", out var d));
        Assert.Equal("the minister", d.Words(quote.Speaker?.Span));
    }
}
