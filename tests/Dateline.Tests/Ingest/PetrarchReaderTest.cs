using Dateline.Ingest;
using Dateline.Tests.Support;

namespace Dateline.Tests.Ingest;

public class PetrarchReaderTest
{
    [Fact]
    public void EachSentenceRecordIsOneArticleWithCollapsedLineBreaks()
    {
        var outcomes = Fixtures.Load("records.xml");

        Assert.Equal(3, outcomes.Count);
        var first = Assert.IsType<LoadedArticle>(outcomes[0]);
        Assert.Equal(InputFormat.Petrarch, first.Format);
        Assert.Equal("Iran and six world powers reached an agreement in Vienna on Tuesday that limits Tehran's nuclear programme in exchange for lifting sanctions.", first.Text);
        Assert.Equal("DTL0715001_1", first.Metadata.Id);
        Assert.Equal(new DateTimeOffset(2015, 7, 14, 0, 0, 0, TimeSpan.Zero), first.Metadata.Published);
        Assert.Equal("DTL", first.Metadata.Source);
        Assert.Equal(Fixtures.Path("records.xml") + "#DTL0715001_1", first.Metadata.Origin);
        Assert.IsType<LoadedArticle>(outcomes[1]);
        var empty = Assert.IsType<InputError>(outcomes[2]);
        Assert.Equal(InputErrorCodes.NoText, empty.Code);
    }

    [SkippableFact]
    public void SharedGigaWordSampleLoadsEverySentenceAndReportsTheNineWithEmptyText()
    {
        var path = TestData.RequireSharedFile("petrarch", "text", "GigaWord.sample.PETR.xml");

        var outcomes = new ArticleLoader().Load(path).ToList();

        Assert.Equal(76, outcomes.Count);
        Assert.Equal(67, outcomes.Count(o => o.IsArticle));
        Assert.All(outcomes.OfType<InputError>(), e => Assert.Equal(InputErrorCodes.NoText, e.Code));
        var first = (LoadedArticle)outcomes[0];
        Assert.Equal("AFP", first.Metadata.Source);
        Assert.Equal(new DateTimeOffset(2008, 8, 4, 0, 0, 0, TimeSpan.Zero), first.Metadata.Published);
        Assert.DoesNotContain('\n', first.Text);
    }

    [SkippableFact]
    public void SharedValidationRecordsWithBrokenCommentsInsideAValidationRootLoad()
    {
        var path = TestData.RequireSharedFile("petrarch", "ud-petrarch", "PETR_Validate_records_2_02.xml");

        var outcomes = new ArticleLoader().Load(path).ToList();

        Assert.True(outcomes.Count(o => o.IsArticle) >= 270, $"only {outcomes.Count(o => o.IsArticle)} of {outcomes.Count} records loaded; first problems: {string.Join(" / ", outcomes.OfType<InputError>().Take(3))}");
    }
}
