using Dateline.Documents;
using Dateline.Extraction.Claims;
using Dateline.Extraction.Quotes;
using Dateline.Extraction.Times;
using Dateline.Tests.Support;

namespace Dateline.Tests.Extraction.Claims;

public sealed class ClaimStageTest
{
    private static readonly DateOnly Published = new(2023, 5, 10);

    private static IReadOnlyList<Claim> ClaimsOf(string text, out Document document)
    {
        document = AnalyzedDocuments.Of(text, Published);
        return document.Get(ClaimLayers.Claims);
    }

    [Fact]
    public void TheStageDeclaresItsLayers()
    {
        var stage = new ClaimStage();
        Assert.Equal("claims", stage.Name);
        Assert.Equal([QuoteLayers.Quotes, TimeLayers.Times], stage.Requires);
        Assert.Equal([ClaimLayers.Claims], stage.Assigns);
    }

    [Fact]
    public void AFutureAttackOnADateIsAPredictionWithThatDate()
    {
        var claim = Assert.Single(ClaimsOf("\"The army will attack the city on March 3,\" the commander said.", out var d));
        Assert.Equal(ClaimModality.Predict, claim.Modality);
        Assert.Equal(ClaimPolarity.Positive, claim.Polarity);
        Assert.Equal("190", claim.Event.Cameo);
        Assert.Equal("ASSAULT", claim.Event.Plover);
        Assert.Equal("2023-03-03", claim.TargetDate?.Value);
        Assert.Equal("the commander", d.Words(claim.Claimant?.Span));
        Assert.Equal("q1", claim.ReportedBy?.Quote);
        Assert.Equal("The army", d.Words(claim.Event.Actor?.Span));
    }

    [Fact]
    public void AModalVerbMakesTheClaimPossible()
    {
        var claim = Assert.Single(ClaimsOf("Officials said Russia could invade at any moment.", out var d));
        Assert.Equal(ClaimModality.Possible, claim.Modality);
        Assert.Equal("192", claim.Event.Cameo);
        Assert.Equal("Officials", d.Words(claim.Claimant?.Span));
        Assert.Null(claim.TargetDate);
    }

    [Fact]
    public void ANegatedIntentionIsANegativeIntendClaimOfTheSpeaker()
    {
        var claim = Assert.Single(ClaimsOf("The government has claimed that it does not want to attack its neighbour.", out var d));
        Assert.Equal(ClaimPolarity.Negative, claim.Polarity);
        Assert.Equal(ClaimModality.Intend, claim.Modality);
        Assert.Equal("The government", d.Words(claim.Claimant?.Span));
        Assert.Equal("The government", d.Words(claim.Event.Actor?.Span));
    }

    [Fact]
    public void ANegatedFutureIsANegativePrediction()
    {
        var claim = Assert.Single(ClaimsOf("The rebels said they will not attack the capital.", out _));
        Assert.Equal(ClaimPolarity.Negative, claim.Polarity);
        Assert.Equal(ClaimModality.Predict, claim.Modality);
    }

    [Fact]
    public void TheyInsideAQuoteIsTheEarlierGroupNotTheSpeaker()
    {
        var text = "Several newspapers have claimed that troops will attack the port on Friday.\n\n"
            + "\"They tell us the troops will attack on Friday, but we are calm,\" the mayor said.";
        var claims = ClaimsOf(text, out var d);
        var reported = claims.Single(c => c.ReportedBy?.Quote != null && d.Words(c.ReportedBy.Speaker?.Span) == "the mayor");
        Assert.Equal("Several newspapers", d.Words(reported.Claimant?.Span));
        Assert.Equal(TimeLayersValue(d, "Friday"), reported.TargetDate?.Value);
    }

    [Fact]
    public void AModalStatementInTheArticlesOwnVoiceHasNoClaimant()
    {
        var claim = Assert.Single(ClaimsOf("Russia could invade Ukraine at any moment.", out var d));
        Assert.Null(claim.Claimant);
        Assert.Null(claim.ReportedBy);
        Assert.Equal("Russia", d.Words(claim.Event.Actor?.Span));
    }

    [Fact]
    public void APlainReportOfWhatHappenedIsNotAClaim()
    {
        Assert.Empty(ClaimsOf("Troops attacked the town on Monday.", out _));
    }

    [Fact]
    public void AConditionalIsNotAClaim()
    {
        Assert.Empty(ClaimsOf("The allies threatened new measures if it invades.", out _));
    }

    [Fact]
    public void ThePassiveAgentIsTheActorOfTheClaimedEvent()
    {
        var claim = Assert.Single(ClaimsOf("\"The port will be attacked by the rebels on Friday,\" the governor warned.", out var d));
        Assert.Equal("the rebels", d.Words(claim.Event.Actor?.Span));
        Assert.Equal(ClaimModality.Predict, claim.Modality);
    }

    [Fact]
    public void APurposeInfinitiveIsNotAClaim()
    {
        Assert.Empty(ClaimsOf("\"We came here to fight the fire,\" the chief said.", out _));
    }

    private static string TimeLayersValue(Document d, string words) =>
        d.Get(TimeLayers.Times).First(t => d.Text[t.Start..t.End] == words).Value;
}
