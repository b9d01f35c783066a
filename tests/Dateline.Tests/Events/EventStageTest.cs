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

    [SkippableFact]
    public void The_reference_article_has_the_demand_for_guarantees_from_the_us_and_nato_and_the_wests_threat_of_sanctions_against_russia()
    {
        var events = ReferenceEvents(out _);
        Assert.Contains(events, e => e.Root == "10" && e.Source.Actor.StartsWith("RUS", StringComparison.Ordinal) && e.Target?.Actor == "USA");
        Assert.Contains(events, e => e.Root == "10" && e.Source.Actor.StartsWith("RUS", StringComparison.Ordinal) && e.Target?.Actor == "IGOWSTNAT");
        Assert.Contains(events, e => e.Cameo == "1312" && e.Source.Actor == "WST" && e.Target?.Actor == "RUS" && !e.Negated);
        var condition = Assert.Single(events, e => e.Cameo == "192" && e.Hypothetical);
        Assert.Equal(("RUS", "UKR"), (condition.Source.Actor, condition.Target?.Actor));
    }

    [SkippableFact]
    public void Events_inside_a_quote_are_attributed_to_the_quote_and_its_speaker()
    {
        var events = ReferenceEvents(out var document);
        var quotes = document.Get(Dateline.Extraction.Quotes.QuoteLayers.Quotes);
        var moving = Assert.Single(events, e => document.Slice(e.Verb).ToString() == "moving");
        var quote = Assert.Single(quotes, q => q.Id == moving.AttributedTo?.Quote);
        Assert.True(quote.Content.Start <= moving.Verb.Start && moving.Verb.End <= quote.Content.End);
        Assert.Equal(quote.Speaker?.Span, moving.AttributedTo?.Speaker.Span);
    }

    [SkippableFact]
    public void Released_footage_is_no_release_of_persons_and_released_journalists_is()
    {
        TestData.RequireSharedData();
        var document = new Document(
            "Russia's defence ministry released video of tanks being loaded onto trains. Belarus released two detained journalists on Friday.",
            new ArticleMetadata { Published = new DateTimeOffset(2022, 2, 16, 0, 0, 0, TimeSpan.Zero) });
        DefaultPipeline.Create().Process(document);
        var releases = document.Get(EventLayers.Events).Where(e => e.Cameo.StartsWith("084", StringComparison.Ordinal)).ToList();
        var release = Assert.Single(releases);
        Assert.Equal("BLR", release.Source.Actor);
    }
}
