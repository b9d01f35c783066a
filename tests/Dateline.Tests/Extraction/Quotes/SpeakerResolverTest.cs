using Dateline.Extraction.Quotes;
using Dateline.Tests.Support;

namespace Dateline.Tests.Extraction.Quotes;

/// <summary>Speakers across sentences and paragraphs.</summary>
public sealed class SpeakerResolverTest
{
    [Fact]
    public void APronounSpeakerIsThePersonNamedInAnEarlierSentence()
    {
        var quote = Assert.Single(QuoteStageTest.QuotesOf("Maria Lopez runs the agency. \u201CWe need more time,\u201D she said.", out var d));
        Assert.Equal("Maria Lopez", d.Words(quote.Speaker?.Span));
        var lopez = d.Get(Dateline.Documents.Layers.Entities).Single(e => e.Name == "Maria Lopez");
        Assert.Equal(lopez.Id, quote.Speaker?.Entity);
    }

    [Fact]
    public void APronounSpeakerIsThePreviousSpeakerWhenNoOneIsNamedSince()
    {
        var text = "\"The talks are over,\" said Anna Berg. \"We will try again next week,\" she added.";
        var quotes = QuoteStageTest.QuotesOf(text, out var d);
        Assert.Equal(2, quotes.Count);
        Assert.Equal("Anna Berg", d.Words(quotes[1].Speaker?.Span));
    }

    [Fact]
    public void APronounSpeakerIsAPersonNamedAfterThePreviousSpeaker()
    {
        var text = "\"The talks are over,\" said Anna Berg. Later that day Tom Reed arrived. \"We will try again next week,\" he said.";
        var quotes = QuoteStageTest.QuotesOf(text, out var d);
        Assert.Equal(2, quotes.Count);
        Assert.Equal("Tom Reed", d.Words(quotes[1].Speaker?.Span));
    }

    [Fact]
    public void AQuotationWithoutACueInTheNextParagraphKeepsThePreviousSpeaker()
    {
        var text = "\"The water is rising fast,\" said John Carter, the city engineer.\n\n\"We expect the worst tonight and tomorrow.\"";
        var quotes = QuoteStageTest.QuotesOf(text, out var d);
        Assert.Equal(2, quotes.Count);
        Assert.Equal("John Carter", d.Words(quotes[1].Speaker?.Span));
        Assert.Equal(quotes[0].Speaker, quotes[1].Speaker);
    }

    [Fact]
    public void AnAppositionAfterTheNameLeavesTheNameAsSpeaker()
    {
        var text = "\"The budget is too small,\" Ana Silva, an adviser to the finance minister, told Reuters.";
        var quote = Assert.Single(QuoteStageTest.QuotesOf(text, out var d));
        Assert.Equal("Ana Silva", d.Words(quote.Speaker?.Span));
        Assert.Equal("Reuters", d.TextOf(Assert.Single(quote.Via).Span));
    }

    [Fact]
    public void ASurnameAloneResolvesToTheFullNameEntity()
    {
        var text = "Olena Marchenko visited the port on Monday.\n\n\"The ships will sail again,\" Marchenko said.";
        var quote = Assert.Single(QuoteStageTest.QuotesOf(text, out var d));
        var entity = d.Get(Dateline.Documents.Layers.Entities).Single(e => e.Name == "Olena Marchenko");
        Assert.Equal(entity.Id, quote.Speaker?.Entity);
    }

    [Fact]
    public void ADefiniteTitleIsThePersonAnEarlierMentionGivesThatTitle()
    {
        var text = "President Tomas Varga met the farmers on Monday.\n\n\"Nobody will lose their land,\" the president said.";
        var quote = Assert.Single(QuoteStageTest.QuotesOf(text, out var d));
        Assert.Equal("the president", d.Words(quote.Speaker?.Span));
        var varga = d.Get(Dateline.Documents.Layers.Entities).Single(e => e.Name.EndsWith("Tomas Varga", StringComparison.Ordinal));
        Assert.Equal(varga.Id, quote.Speaker?.Entity);
    }

    [Fact]
    public void APronounPrefersThePersonWhoWasTheSubjectOverOneNamedLaterInTheSentence()
    {
        var text = "Anna Berg wrote a long letter to her old friend John Reed.\n\n\"I will come back in May,\" she wrote.";
        var quote = Assert.Single(QuoteStageTest.QuotesOf(text, out var d));
        Assert.Equal("Anna Berg", d.Words(quote.Speaker?.Span));
    }

    [Fact]
    public void AnIndefinitePronounSpeakerIsKeptAsWrittenWithoutAnEntity()
    {
        var text = "Tom Reed opened the meeting.\n\n\"The plan will not work at all,\" everyone said.";
        var quote = Assert.Single(QuoteStageTest.QuotesOf(text, out var d));
        Assert.Equal("everyone", d.Words(quote.Speaker?.Span));
        Assert.Null(quote.Speaker?.Entity);
    }

    [Fact]
    public void TheNameBesideARoleNounIsTheSpeaker()
    {
        var text = "\"The rates will rise again,\" said bank analyst Maria Keller.";
        var quote = Assert.Single(QuoteStageTest.QuotesOf(text, out var d));
        Assert.Equal("Maria Keller", d.Words(quote.Speaker?.Span));
        Assert.NotNull(quote.Speaker?.Entity);
    }

    [Fact]
    public void APronounTakesTheNamedSubjectOfTheSentenceBeforeOverAnEarlierSpeaker()
    {
        var text = "Finance Minister Alexei Morozov said: \"The budget will be balanced next year.\" Central Bank chairman Pavel Sokolov also "
            + "announced on Wednesday that interest rates would be cut. \"We hope that the banks will lend the money to small firms,\" he said.";
        var quotes = QuoteStageTest.QuotesOf(text, out var d);
        Assert.Equal("Pavel Sokolov", d.Words(quotes[^1].Speaker?.Span));
    }

    [Fact]
    public void APronounTakesTheNameThatLeadsTheSentenceBefore()
    {
        var text = "Helmut Kranz predicted a recovery in March. Laura Brenner, chief market economist at Norden Partners, commented on the current financial situation in Europe. "
            + "\"While we still face hard months ahead, this year was the turning point for the bank,\" she said.";
        var quote = Assert.Single(QuoteStageTest.QuotesOf(text, out var d));
        Assert.Equal("Laura Brenner", d.Words(quote.Speaker?.Span));
    }

    [Fact]
    public void APersonNamedInsideAnEarlierReportDoesNotTakeOverThePronoun()
    {
        var text = "Mayor Tom Ruiz said that Peter Grant would lead the review of the city budget. "
            + "He added that the review would take three months and cost little.";
        var quotes = QuoteStageTest.QuotesOf(text, out var d);
        Assert.Equal(2, quotes.Count);
        Assert.Equal("Tom Ruiz", d.Words(quotes[1].Speaker?.Span));
    }
}
