using Dateline.Extraction.Claims;
using Dateline.Extraction.Quotes;
using Dateline.Tests.Extraction.Quotes;
using Dateline.Tests.Support;

namespace Dateline.Tests.Extraction.Claims;

/// <summary>The reference article, read from ../shared/samples at test time.</summary>
public sealed class ReferenceArticleClaimsTest
{
    [SkippableFact]
    public void WesternMediaHoldTheClaimOfAnAttackOnFebruary16ThatZelenskiyReports()
    {
        var d = ReferenceArticleQuotesTest.Analyze();
        var quotes = d.Get(QuoteLayers.Quotes);
        var attack = d.Get(ClaimLayers.Claims).Single(c => c.Event.Lemma == "attack");
        Assert.Equal("2022-02-16", attack.TargetDate?.Value);
        Assert.Equal(ClaimModality.Predict, attack.Modality);
        Assert.Contains("Western media", d.Words(attack.Claimant?.Span), StringComparison.Ordinal);
        var zelenskiy = d.Get(Dateline.Documents.Layers.Entities).Single(e => e.Name == "Volodymyr Zelenskiy");
        Assert.Equal(zelenskiy.Id, attack.ReportedBy?.Speaker?.Entity);
        Assert.Equal(QuoteKind.Direct, quotes.Single(q => q.Id == attack.ReportedBy?.Quote).Kind);
    }

    [SkippableFact]
    public void RussiaClaimsItDoesNotWantToInvade()
    {
        var d = ReferenceArticleQuotesTest.Analyze();
        var invade = d.Get(ClaimLayers.Claims).Single(c => c.Event.Lemma == "invade");
        Assert.Equal(ClaimPolarity.Negative, invade.Polarity);
        Assert.Equal(ClaimModality.Intend, invade.Modality);
        Assert.Equal("Russia", d.Words(invade.Claimant?.Span));
        Assert.Equal("192", invade.Event.Cameo);
    }

    [SkippableFact]
    public void EveryClaimAboutFebruary16IsHeldByWesternMedia()
    {
        var d = ReferenceArticleQuotesTest.Analyze();
        var dated = d.Get(ClaimLayers.Claims).Where(c => c.TargetDate?.Value == "2022-02-16").ToList();
        Assert.True(dated.Count >= 2);
        Assert.All(dated, c => Assert.Contains("Western media", d.Words(c.Claimant?.Span), StringComparison.Ordinal));
    }
}
