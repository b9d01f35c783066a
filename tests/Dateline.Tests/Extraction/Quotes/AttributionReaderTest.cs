using Dateline.Extraction.Quotes;
using Dateline.Tests.Support;

namespace Dateline.Tests.Extraction.Quotes;

/// <summary>Cue families, outlets in between and media, on sentences written for these tests.</summary>
public sealed class AttributionReaderTest
{
    [Fact]
    public void QuotedAsSayingMakesTheObjectTheSpeakerAndTheSubjectTheOutlet()
    {
        var quote = Assert.Single(QuoteStageTest.QuotesOf("Interfax quoted a senior diplomat as saying: \"No deal is possible this year.\"", out var d));
        Assert.Equal("quoted", d.TextOf(quote.Cue));
        Assert.Equal("a senior diplomat", d.Words(quote.Speaker?.Span));
        Assert.Equal("Interfax", d.TextOf(Assert.Single(quote.Via).Span));
    }

    [Fact]
    public void ToldAnOutletPutsTheOutletInVia()
    {
        var quote = Assert.Single(QuoteStageTest.QuotesOf("\"We need more time,\" Maria Lopez told the BBC in an interview.", out var d));
        Assert.Equal("told", d.TextOf(quote.Cue));
        Assert.Equal("Maria Lopez", d.Words(quote.Speaker?.Span));
        Assert.Equal("BBC", d.TextOf(Assert.Single(quote.Via).Span));
        Assert.Equal(QuoteMedium.Interview, quote.Medium);
    }

    [Fact]
    public void ToldAnAudienceIsNoOutlet()
    {
        var quote = Assert.Single(QuoteStageTest.QuotesOf("\"We are not afraid of anyone,\" the prime minister told a news conference.", out var d));
        Assert.Equal("the prime minister", d.Words(quote.Speaker?.Span));
        Assert.Empty(quote.Via);
        Assert.Equal(QuoteMedium.PressConference, quote.Medium);
    }

    [Fact]
    public void TweetedIsACueWhoseMediumIsASocialPost()
    {
        var quote = Assert.Single(QuoteStageTest.QuotesOf("\"The border is closed until further notice,\" the governor tweeted.", out var d));
        Assert.Equal("tweeted", d.TextOf(quote.Cue));
        Assert.Equal(QuoteMedium.SocialPost, quote.Medium);
    }

    [Fact]
    public void AStatementNamedBeforeTheCueIsTheMedium()
    {
        var quote = Assert.Single(QuoteStageTest.QuotesOf("In a statement, the ministry said that the troops would return to their bases.", out var d));
        Assert.Equal("the ministry", d.Words(quote.Speaker?.Span));
        Assert.Equal(QuoteMedium.Statement, quote.Medium);
    }

    [Fact]
    public void AddedAndWarnedAttributeQuotesLikeSaid()
    {
        var quotes = QuoteStageTest.QuotesOf("\"The roads are closed,\" the police chief added. \"Stay at home tonight,\" the mayor warned.", out var d);
        Assert.Equal(["added", "warned"], quotes.Select(q => d.TextOf(q.Cue)));
        Assert.Equal(["the police chief", "the mayor"], quotes.Select(q => d.Words(q.Speaker?.Span)));
    }

    [Fact]
    public void AnInterviewWithAnOutletNamesTheOutletAndTheMedium()
    {
        var text = "\"The ceasefire is holding for now,\" the general said in an interview with CNN.";
        var quote = Assert.Single(QuoteStageTest.QuotesOf(text, out var d));
        Assert.Equal("the general", d.Words(quote.Speaker?.Span));
        Assert.Equal("CNN", d.TextOf(Assert.Single(quote.Via).Span));
        Assert.Equal(QuoteMedium.Interview, quote.Medium);
    }

    [Fact]
    public void TheCompanyNamedRightBeforeTheVerbIsTheSpeakerNotItsDescription()
    {
        var quote = Assert.Single(QuoteStageTest.QuotesOf("The Swedish truck maker Volvo said on Monday that it would cut 400 jobs at its plant in Ghent.", out var d));
        Assert.Equal("Volvo", d.Words(quote.Speaker?.Span));
    }

    [Fact]
    public void ARoleNounBeforeTheCompanyKeepsThePrepositionalDescription()
    {
        var quote = Assert.Single(QuoteStageTest.QuotesOf("A spokesman for Volvo said that the plant in Ghent would stay open until June.", out var d));
        Assert.Equal("A spokesman for Volvo", d.Words(quote.Speaker?.Span));
    }
}
