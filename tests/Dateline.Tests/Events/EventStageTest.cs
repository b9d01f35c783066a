using Dateline.Documents;
using Dateline.Events;
using Dateline.Ingest;
using Dateline.Tests.Support;
using Xunit;

namespace Dateline.Tests.Events;

public class EventStageTest
{
    private static IReadOnlyList<Event> ReferenceEvents(out Document document)
    {
        var path = TestData.RequireReferenceArticle();
        var article = Assert.IsType<LoadedArticle>(Assert.Single(new ArticleLoader().Load(path)));
        document = new Document(article.Text, article.Metadata with { Published = new DateTimeOffset(2022, 2, 15, 0, 0, 0, TimeSpan.Zero) });
        DefaultPipeline.Create().Process(document);
        return document.Get(EventLayers.Events);
    }

    [SkippableFact]
    public void The_reference_article_has_the_deployment_near_the_border_and_the_withdrawal_to_bases()
    {
        var events = ReferenceEvents(out var document);
        Assert.Contains(events, e => e.Root == "15" && e.Source.Actor.StartsWith("RUS", StringComparison.Ordinal) && e.Target?.Actor == "UKR");
        Assert.Contains(events, e => e.Cameo.StartsWith("087", StringComparison.Ordinal) && e.Source.Actor.StartsWith("RUS", StringComparison.Ordinal));
        Assert.Contains(events, e => e.Root == "02" && e.Source.Actor.StartsWith("UKR", StringComparison.Ordinal));
        Assert.All(events, e => Assert.Equal(e.Verb.End - e.Verb.Start, document.Slice(e.Verb).Length));
        Assert.All(events, e => Assert.True(e.Evidence.Start <= e.Verb.Start && e.Verb.End <= e.Evidence.End));
    }

    [SkippableFact]
    public void The_reference_article_has_no_russian_invasion_or_attack_stated_as_fact()
    {
        var events = ReferenceEvents(out _);
        var invasions = events.Where(e => e.Source.Actor.StartsWith("RUS", StringComparison.Ordinal) && e.Root is "18" or "19" || e.Cameo == "192").ToList();
        Assert.NotEmpty(invasions);
        Assert.All(invasions, e => Assert.True(e.Negated || e.Hypothetical || e.Question, $"{e.Cameo} at {e.Verb} is stated as fact"));
    }
}
