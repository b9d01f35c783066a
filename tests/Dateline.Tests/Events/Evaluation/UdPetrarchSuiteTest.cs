using Dateline.Events.Evaluation;
using Dateline.Tests.Support;
using Xunit;

namespace Dateline.Tests.Events.Evaluation;

public class UdPetrarchSuiteTest
{
    [SkippableFact]
    public void The_records_file_reads_every_sentence_with_its_parse_and_expected_events()
    {
        var path = TestData.RequireSharedFile("petrarch", "ud-petrarch", UdPetrarchSuite.RecordsFile);
        var records = PetrarchRecordReader.ReadFile(path);
        Assert.Equal(274, records.Count); // 275 "<Sentence" strings, one of them inside the header comment
        Assert.All(records, r => Assert.NotNull(r.Parse));
        var demo = records.First(r => r.Id == "DEMO-02");
        Assert.Equal("DEMO", demo.Category);
        Assert.Equal(new DateOnly(1995, 1, 1), demo.Date);
        Assert.Equal(new GoldEvent("050", "ARN", "GON"), Assert.Single(demo.Gold));
        Assert.NotEmpty(UdPetrarchSuite.Sentences(demo));
    }

    [SkippableFact]
    public void The_suite_codes_most_records_exactly_right()
    {
        var folder = Path.GetDirectoryName(TestData.RequireSharedFile("petrarch", "ud-petrarch", UdPetrarchSuite.RecordsFile))!;
        var score = UdPetrarchSuite.Run(folder);
        Assert.Equal(245, score.Records);
        // measured 75.9% (docs/QUALITY.md); this floor only catches a broken coder
        Assert.True(score.Rate > 0.65, $"exact-match rate {score.Rate:P1}");
    }
}
