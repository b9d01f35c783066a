using Dateline.Documents;
using Dateline.Extraction.Times;
using Dateline.Tests.Support;
using Dateline.Text;

namespace Dateline.Tests.Extraction.Times;

/// <summary>The reference article, dated Tuesday 2022-02-15, read from ../shared/samples at test time.</summary>
public sealed class ReferenceArticleTimesTest
{
    [SkippableFact]
    public void WeekdaysAndFebruary16ResolveAgainstTheArticleDate()
    {
        var text = File.ReadAllText(TestData.RequireReferenceArticle());
        var document = new Document(text, new ArticleMetadata { Published = new DateTimeOffset(2022, 2, 15, 0, 0, 0, TimeSpan.Zero) });
        new SegmenterStage().Process(document, CancellationToken.None);
        new TimeExpressionStage(new TimeOptions { RequireTags = false }).Process(document, CancellationToken.None);
        var times = document.Get(TimeLayers.Times);
        string ValueOf(Func<string, bool> match) => times.First(t => match(text[t.Start..t.End])).Value;
        Assert.Equal("2022-02-15", ValueOf(s => s == "Tuesday"));
        Assert.Equal("2022-02-14", ValueOf(s => s == "Monday"));
        Assert.Equal("2022-02-15", ValueOf(s => s == "today"));
        var february16 = times.Where(t => text[t.Start..t.End] == "February 16").ToList();
        Assert.NotEmpty(february16);
        Assert.All(february16, t => Assert.Equal("2022-02-16", t.Value));
    }

    [SkippableFact]
    public void TheDefaultPipelineTagsThenResolvesTheSameValues()
    {
        var text = File.ReadAllText(TestData.RequireReferenceArticle());
        var document = new Document(text, new ArticleMetadata { Published = new DateTimeOffset(2022, 2, 15, 0, 0, 0, TimeSpan.Zero) });
        DefaultPipeline.Create().Process(document);
        Assert.True(document.Has(Layers.Tags));
        var times = document.Get(TimeLayers.Times);
        Assert.Equal("2022-02-14", times.First(t => text[t.Start..t.End] == "Monday").Value);
        Assert.Equal("2022-02-15", times.First(t => text[t.Start..t.End] == "Tuesday").Value);
        Assert.All(times.Where(t => text[t.Start..t.End] == "February 16"), t => Assert.Equal("2022-02-16", t.Value));
    }
}
