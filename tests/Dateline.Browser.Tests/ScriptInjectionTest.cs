using Dateline.Browser.Tests.Support;
using Microsoft.Playwright;

namespace Dateline.Browser.Tests;

/// <summary>
/// Script-injection strings in quotes, speaker and entity names, titles, outlets, URLs, places and claimants are
/// shown as text on every view and never run: no <c>pwn</c> call, no dialog, no CSP violation, no injected element.
/// </summary>
[Collection(DashboardCollection.Name)]
public sealed class ScriptInjectionTest(DashboardFixture server)
{
    [SkippableFact]
    public async Task Injected_strings_are_shown_as_text_on_every_view_and_never_run()
    {
        await using var watched = await server.NewPageAsync();
        var views = new (string Hash, string View, string[] Shown)[]
        {
            ("#/timeline?dyad=UKR:RUS", "timeline", [InjectionCorpus.SvgSource, InjectionCorpus.ImgPlace]),
            ("#/map", "map", [InjectionCorpus.ImgPlace]),
            ("#/quotes", "quotes", [InjectionCorpus.ScriptQuote, InjectionCorpus.ImgSpeaker, InjectionCorpus.IframeQuote, InjectionCorpus.TemplateSpeaker,
                InjectionCorpus.SvgOutlet, InjectionCorpus.AnchorOutlet]),
            ("#/quotes?speaker=" + Uri.EscapeDataString("<img src=x onerror=pwn('search')>"), "quotes", []),
            ("#/claims", "claims", [InjectionCorpus.AttributeClaimant]),
            ("#/articles", "articles", [InjectionCorpus.ScriptTitle, InjectionCorpus.ImgTitle, InjectionCorpus.SvgOutlet, InjectionCorpus.AnchorOutlet,
                "javascript:pwn('url')"]),
            ("#/article/1", "article", [InjectionCorpus.ScriptTitle, InjectionCorpus.ScriptQuote, InjectionCorpus.ImgSpeaker, InjectionCorpus.BoldTarget,
                InjectionCorpus.AttributeClaimant, InjectionCorpus.SvgOutlet]),
            ("#/article/2", "article", [InjectionCorpus.ImgTitle, InjectionCorpus.IframeQuote, InjectionCorpus.TemplateSpeaker]),
        };
        foreach (var (hash, view, shown) in views)
        {
            await watched.OpenAsync(server.BaseUrl + "/" + hash, view);
            var text = await watched.Page.Locator("#view").TextContentAsync() ?? "";
            foreach (var payload in shown) Assert.True(text.Contains(payload, StringComparison.Ordinal), $"{hash} does not show {payload} as text");
            await PokeAsync(watched.Page);
            await AssertNothingRanAsync(watched, hash);
        }
        await watched.ScreenshotAsync(server.Screenshots, "injection-article");
    }

    /// <summary>Hovers and clicks the article text, where injected handlers (onclick, onmouseover) would sit.</summary>
    private static async Task PokeAsync(IPage page)
    {
        var marks = page.Locator("#article-text .hl");
        var count = Math.Min(await marks.CountAsync(), 6);
        for (var i = 0; i < count; i++)
        {
            await marks.Nth(i).HoverAsync();
            await marks.Nth(i).ClickAsync();
        }
    }

    private static async Task AssertNothingRanAsync(WatchedPage watched, string where)
    {
        Assert.True((await watched.PwnedAsync()).Length == 0, $"{where}: injected script ran: {string.Join(", ", await watched.PwnedAsync())}");
        Assert.True(watched.Dialogs.Count == 0, $"{where}: a dialog opened: {string.Join(", ", watched.Dialogs)}");
        Assert.True((await watched.CspViolationsAsync()).Length == 0, $"{where}: injected markup tripped the CSP: {string.Join(", ", await watched.CspViolationsAsync())}");
        Assert.True(watched.Errors.Count == 0, $"{where}: script errors: {string.Join(", ", watched.Errors)}");
        var injected = await watched.Page.Locator("#view script, #view iframe, #view img, #view [onerror], #view [onload], #view [onclick], #view [onmouseover], #view a[href^='javascript:'], #view a[href^='data:']").CountAsync();
        Assert.True(injected == 0, $"{where}: {injected} injected element(s) in the page");
    }
}
