using Dateline.Storage.Export;
using Dateline.Storage.Reading;

namespace Dateline.Tests.Storage.Export;

public sealed class MentionConfidenceTest
{
    private static StoredEventMention Mention(int? sourceStart = 0, string? targetText = "the port", int? targetStart = 30) => new()
    {
        Id = 1, EventId = 1, ArticleId = 1, LocalId = "ev1", EvidenceStart = 0, EvidenceEnd = 40,
        SourceText = "Navy ships", SourceStart = sourceStart, TargetText = targetText, TargetStart = targetStart,
    };

    [Fact]
    public void AStatedFactWithBothActorsWrittenHasFullConfidence() => Assert.Equal(100, MentionConfidence.Of(Mention()));

    [Fact]
    public void AnEventWithoutTargetLosesNothingForIt() => Assert.Equal(100, MentionConfidence.Of(Mention(targetText: null, targetStart: null)));

    [Fact]
    public void ActorsNotWrittenInTheTextLowerIt()
    {
        Assert.Equal(70, MentionConfidence.Of(Mention(sourceStart: null)));
        Assert.Equal(40, MentionConfidence.Of(Mention(sourceStart: null, targetStart: null)));
    }

    [Fact]
    public void ReportedFutureAndConditionalEventsRankBelowStatedOnes()
    {
        var reported = MentionConfidence.Of(Mention() with { Speaker = "the mayor" });
        var future = MentionConfidence.Of(Mention() with { Future = true });
        var conditional = MentionConfidence.Of(Mention() with { Hypothetical = true });
        var question = MentionConfidence.Of(Mention() with { Question = true });
        Assert.Equal((90, 80, 60, 60), (reported, future, conditional, question));
    }

    [Fact]
    public void ANegatedEventNeverFallsBelowGdeltsFloor()
    {
        Assert.Equal(50, MentionConfidence.Of(Mention() with { Negated = true }));
        var worst = Mention(sourceStart: null, targetStart: null) with { Negated = true, Hypothetical = true, Future = true, Speaker = "he" };
        Assert.Equal(MentionConfidence.Floor, MentionConfidence.Of(worst));
    }
}
