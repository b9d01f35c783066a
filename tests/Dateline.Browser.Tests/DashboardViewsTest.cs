using System.Text.Json;
using Dateline.Browser.Tests.Support;
using Microsoft.Playwright;

namespace Dateline.Browser.Tests;

/// <summary>Each view of the dashboard on the reference article, in headless Chromium, with a screenshot of each.</summary>
[Collection(DashboardCollection.Name)]
public sealed class DashboardViewsTest(DashboardFixture server)
{
    [SkippableFact]
    public async Task The_timeline_opens_on_the_busiest_dyad_with_its_escalation_alert_and_events()
    {
        await using var watched = await server.NewPageAsync();
        await watched.OpenAsync(server.BaseUrl + "/", "timeline");
        var page = watched.Page;
        Assert.Equal("RUS:UKR", await page.Locator("select#dyad").InputValueAsync());
        Assert.True(await page.Locator("svg.timeline .bars rect").CountAsync() >= 1);
        Assert.Equal(1, await page.Locator("svg.timeline path.alert[data-date='2022-02-15']").CountAsync());
        Assert.Equal(1, await page.Locator("svg.timeline path.goldstein").CountAsync());
        var events = await page.Locator("table.events tbody tr").AllTextContentsAsync();
        Assert.Contains(events, row => row.Contains("154", StringComparison.Ordinal) && row.Contains("RUSGOV", StringComparison.Ordinal));
        await watched.ScreenshotAsync(server.Screenshots, "timeline");
        await AssertCleanAsync(watched);
    }

    [SkippableFact]
    public async Task The_map_draws_the_world_offline_and_marks_the_places_of_events()
    {
        await using var watched = await server.NewPageAsync();
        await watched.OpenAsync(server.BaseUrl + "/#/map", "map");
        var page = watched.Page;
        Assert.True(await page.Locator("svg.map path.country").CountAsync() > 100);
        Assert.True(await page.Locator("svg.map g.place circle").CountAsync() >= 1);
        Assert.Contains("Moscow", await page.Locator("table.places").TextContentAsync() ?? "");
        // Places the article names without an event there come from its places layer.
        Assert.Contains("Kyiv", await page.Locator("table.named-places").TextContentAsync() ?? "");
        Assert.True(await page.Locator("svg.map rect.named-place").CountAsync() >= 3);
        await page.Locator("table.places a", new PageLocatorOptions { HasText = "Moscow" }).ClickAsync();
        await watched.ReadyAsync("map");
        Assert.True(await page.Locator("table.events tbody tr").CountAsync() >= 1);
        await watched.ScreenshotAsync(server.Screenshots, "map");
        await AssertCleanAsync(watched);
    }

    [SkippableFact]
    public async Task The_quotes_explorer_shows_the_reference_quotes_with_speakers_and_via_chains()
    {
        await using var watched = await server.NewPageAsync();
        await watched.OpenAsync(server.BaseUrl + "/#/quotes?outlet=" + Uri.EscapeDataString(Outlet()), "quotes");
        var rows = watched.Page.Locator("table.quotes tbody tr");
        var spokesman = await rows.Filter(new LocatorFilterOptions { HasText = "defence ministry spokesman" }).TextContentAsync();
        Assert.Contains("via AFP", spokesman);
        Assert.Contains("Units of the Southern and Western military districts", spokesman);
        Assert.Contains("They tell us February 16", await rows.Filter(new LocatorFilterOptions { HasText = "Zelenskiy" }).First.TextContentAsync());
        Assert.Contains("via Reuters", await rows.Filter(new LocatorFilterOptions { HasText = "Podolyak" }).TextContentAsync());
        await watched.ScreenshotAsync(server.Screenshots, "quotes");
        await AssertCleanAsync(watched);
    }

    [SkippableFact]
    public async Task The_claims_board_shows_the_dated_claims_and_whether_they_were_reported()
    {
        await using var watched = await server.NewPageAsync();
        await watched.OpenAsync(server.BaseUrl + "/#/claims", "claims");
        var rows = watched.Page.Locator("table.claims tbody tr").Filter(new LocatorFilterOptions { HasText = "2022-02-16" });
        Assert.True(await rows.CountAsync() >= 1);
        Assert.Contains("several Western media hubs", string.Join(" ", await rows.AllTextContentsAsync()));
        Assert.True(await rows.Locator(".verdict").CountAsync() >= 1);
        await watched.ScreenshotAsync(server.Screenshots, "claims");
        await rows.First.Locator("a.evidence").ClickAsync();
        await watched.ReadyAsync("article");
        Assert.StartsWith("c", await watched.Page.Locator("#article-text").GetAttributeAsync("data-focus"));
        await AssertCleanAsync(watched);
    }

    [SkippableFact]
    public async Task An_event_on_the_timeline_leads_to_its_evidence_in_the_article()
    {
        await using var watched = await server.NewPageAsync();
        await watched.OpenAsync(server.BaseUrl + "/", "timeline");
        await watched.Page.Locator("table.events a.evidence").First.ClickAsync();
        await watched.ReadyAsync("article");
        var key = await watched.Page.Locator("#article-text").GetAttributeAsync("data-focus");
        var evidence = Layer("events").Single(e => e.GetProperty("id").GetString() == key).GetProperty("evidence");
        Assert.Equal(Words(evidence), await FocusedTextAsync(watched.Page));
        await Assertions.Expect(watched.Page.Locator("#article-text .focus").First).ToBeInViewportAsync();
        await watched.ScreenshotAsync(server.Screenshots, "article-event");
        await AssertCleanAsync(watched);
    }

    [SkippableFact]
    public async Task A_quote_in_the_explorer_leads_to_its_words_speaker_and_via_in_the_article()
    {
        await using var watched = await server.NewPageAsync();
        await watched.OpenAsync(server.BaseUrl + "/#/quotes?speaker=Podolyak", "quotes");
        await watched.Page.Locator("table.quotes tbody tr a.evidence").First.ClickAsync();
        await watched.ReadyAsync("article");
        var key = await watched.Page.Locator("#article-text").GetAttributeAsync("data-focus");
        var quote = Layer("quotes").Single(q => q.GetProperty("id").GetString() == key);
        var focused = await FocusedTextAsync(watched.Page);
        Assert.Contains(Words(quote.GetProperty("content")), focused);
        Assert.Contains("Mykhailo Podolyak", focused);
        Assert.Contains("Reuters", focused);
        await Assertions.Expect(watched.Page.Locator("#article-text .focus").First).ToBeInViewportAsync();
        await watched.ScreenshotAsync(server.Screenshots, "article-quote");
        await AssertCleanAsync(watched);
    }

    [SkippableFact]
    public async Task The_article_view_marks_every_layer_and_a_click_in_its_lists_moves_the_focus()
    {
        await using var watched = await server.NewPageAsync();
        await watched.OpenAsync($"{server.BaseUrl}/#/article/{server.ReferenceId}", "article");
        var page = watched.Page;
        foreach (var kind in new[] { "entity", "time", "quantity", "quote", "event", "claim" })
        {
            Assert.True(await page.Locator($"#article-text .hl-{kind}").CountAsync() >= 1, $"no {kind} is marked");
        }
        Assert.Equal(Layer("events").Count, await page.Locator("button.item-event").CountAsync());
        var last = page.Locator("button.item-event").Last;
        var key = await last.GetAttributeAsync("data-key");
        await last.ClickAsync();
        Assert.Equal(key, await page.Locator("#article-text").GetAttributeAsync("data-focus"));
        var evidence = Layer("events").Single(e => e.GetProperty("id").GetString() == key).GetProperty("evidence");
        Assert.Equal(Words(evidence), await FocusedTextAsync(page));
        Assert.Equal(Reference().GetProperty("text").GetString(), await page.Locator("#article-text").TextContentAsync());
        await watched.ScreenshotAsync(server.Screenshots, "article");
        await AssertCleanAsync(watched);
    }

    private JsonElement Reference() => server.Reference;

    private string Outlet() => Reference().GetProperty("article").GetProperty("source").GetString()!;

    private List<JsonElement> Layer(string name) => [.. Reference().GetProperty(name).EnumerateArray()];

    private string Words(JsonElement span)
    {
        var text = Reference().GetProperty("text").GetString()!;
        var start = span.GetProperty("start").GetInt32();
        return text[start..span.GetProperty("end").GetInt32()];
    }

    private static async Task<string> FocusedTextAsync(IPage page) =>
        string.Concat(await page.Locator("#article-text .focus").AllTextContentsAsync());

    private static async Task AssertCleanAsync(WatchedPage watched)
    {
        Assert.Empty(watched.Errors);
        Assert.Empty(watched.Dialogs);
        Assert.Empty(await watched.CspViolationsAsync());
    }
}
