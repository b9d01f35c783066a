using Dateline.Events.Evaluation;
using Xunit;

namespace Dateline.Tests.Events.Evaluation;

public class EventScorerTest
{
    private static PetrarchRecord Record(string id, string category, bool scored, params GoldEvent[] gold) =>
        new(id, category, new DateOnly(2020, 1, 1), "text", null, scored, gold);

    [Fact]
    public void A_record_is_exact_only_when_the_coded_triples_equal_the_expected_ones()
    {
        var a = new GoldEvent("190", "RUS", "UKR");
        var b = new GoldEvent("040", "POL", "UKR");
        var records = new[]
        {
            Record("r1", "DEMO", true, a),
            Record("r2", "DEMO", true, a, b),
            Record("r3", "VERB", true),
            Record("r4", "VERB", false, a),
        };
        var coded = new Dictionary<string, GoldEvent[]> { ["r1"] = [a, a], ["r2"] = [a], ["r3"] = [b], ["r4"] = [] };
        var score = EventScorer.Score(records, r => coded[r.Id]);
        Assert.Equal(3, score.Records);
        Assert.Equal(1, score.Exact);
        Assert.Equal(["DEMO", "VERB"], score.Categories.Select(c => c.Category));
        Assert.Equal(2, score.Correct);
        Assert.Equal(3, score.Predicted);
        Assert.Equal(3, score.Expected);
        Assert.Equal(2, score.Failures.Count);
    }
}
