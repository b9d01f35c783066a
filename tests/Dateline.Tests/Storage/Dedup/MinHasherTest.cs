using Dateline.Storage.Dedup;

namespace Dateline.Tests.Storage.Dedup;

public sealed class MinHasherTest
{
    private const string Story =
        "The harbour board voted on Thursday to close the old ferry terminal for two years of repairs. " +
        "Passengers will use a temporary pier on the east side of the bay, the board said in a statement. " +
        "Local shops near the terminal asked for help with lost trade during the works. " +
        "The repairs are expected to cost about forty million and will be paid from the port budget. " +
        "A second vote on the timetable for the temporary ferries will take place next month.";

    [Fact]
    public void AWireCopyWithBylineAndTrimmedEndIsContainedInTheOriginal()
    {
        var copy = "By A Reporter\n\nPORTSIDE (Wire) - " + Story[..Story.IndexOf(" Local shops", StringComparison.Ordinal)];
        var original = MinHasher.Signature(Story)!;
        var reprint = MinHasher.Signature(copy)!;
        Assert.True(original.Containment(reprint) >= MinHasher.SyndicationThreshold, $"containment {original.Containment(reprint)}");
        Assert.True(original.Similarity(reprint) < original.Containment(reprint));
    }

    [Fact]
    public void ADifferentStoryOnTheSameTopicIsNotACopy()
    {
        const string other = "Ferry passengers complained on Friday about long queues at the temporary pier on the east side of the bay. " +
            "Several said the shuttle buses from the car park were too small, and one operator promised extra services from Monday.";
        Assert.True(MinHasher.Signature(Story)!.Containment(MinHasher.Signature(other)!) < MinHasher.SyndicationThreshold);
    }

    [Fact]
    public void CaseAndPunctuationDoNotChangeTheSignature()
    {
        var shouted = Story.ToUpperInvariant().Replace(",", "", StringComparison.Ordinal);
        Assert.Equal(1.0, MinHasher.Signature(Story)!.Similarity(MinHasher.Signature(shouted)!));
    }

    [Fact]
    public void TextsUnderFiveWordsHaveNoSignature() => Assert.Null(MinHasher.Signature("Too short to hash"));

    [Fact]
    public void ASignatureSurvivesStorageAsBytes()
    {
        var signature = MinHasher.Signature(Story)!;
        var back = MinHashSignature.FromBytes(signature.ToBytes());
        Assert.Equal(signature.Values, back.Values);
        Assert.Equal(signature.ShingleCount, back.ShingleCount);
        Assert.Equal(signature.BandKeys(), back.BandKeys());
    }
}
