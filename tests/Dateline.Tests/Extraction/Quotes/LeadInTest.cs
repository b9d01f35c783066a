using Dateline.Extraction.Quotes;
using Dateline.Tests.Support;

namespace Dateline.Tests.Extraction.Quotes;

/// <summary>Quotations without a reporting verb take the person of the clause leading into them; sentences written for these tests.</summary>
public sealed class LeadInTest
{
    [Fact]
    public void AClauseEndingInAColonGivesItsSubject()
    {
        var text = "Harbor Port spokeswoman Ellen Marsh spoke about the delays: \"We have never seen queues this long at the gates.\"";
        var quote = Assert.Single(QuoteStageTest.QuotesOf(text, out var d));
        Assert.Equal("Ellen Marsh", d.Words(quote.Speaker?.Span));
    }

    [Fact]
    public void TheSentenceBeforeAnUncuedQuotationGivesItsSubject()
    {
        var text = "Senator Paul Brennan criticised the decision on Tuesday. \"Like many farmers, I am disappointed with the ministry and its choice.\"";
        var quote = Assert.Single(QuoteStageTest.QuotesOf(text, out var d));
        Assert.Equal("Paul Brennan", d.Words(quote.Speaker?.Span));
    }

    [Fact]
    public void ALeadInWithoutAPersonGivesNoSpeaker()
    {
        var text = "The harbour was closed for three days. \"Nobody could remember a storm that lasted this long here.\"";
        var quote = Assert.Single(QuoteStageTest.QuotesOf(text, out _));
        Assert.Null(quote.Speaker);
    }

    [Fact]
    public void ANameHeaderAfterAnotherColonGivesThePerson()
    {
        var text = "The council published the exchange: Deputy Mayor Karen Holt: \"We cannot approve the budget in its present form.\"";
        var quote = Assert.Single(QuoteStageTest.QuotesOf(text, out var d));
        Assert.Equal("Karen Holt", d.Words(quote.Speaker?.Span));
    }
}
