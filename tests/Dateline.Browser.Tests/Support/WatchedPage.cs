using Microsoft.Playwright;

namespace Dateline.Browser.Tests.Support;

/// <summary>
/// A page with a trap for injected script: <c>window.pwn(name)</c> records a call, every dialog (alert, confirm)
/// is recorded and dismissed, and every Content-Security-Policy violation is recorded (markup that reached the
/// DOM as HTML would trip the policy even where the policy stops it from running).
/// </summary>
public sealed class WatchedPage : IAsyncDisposable
{
    private const string Trap = """
        window.__pwned = [];
        window.__csp = [];
        window.pwn = (name) => { window.__pwned.push(String(name)); };
        document.addEventListener('securitypolicyviolation', (e) => { window.__csp.push(e.violatedDirective + ' ' + e.blockedURI); });
        """;

    private readonly IBrowserContext _context;
    private readonly List<string> _dialogs = [];
    private readonly List<string> _errors = [];

    private WatchedPage(IBrowserContext context, IPage page)
    {
        _context = context;
        Page = page;
    }

    public IPage Page { get; }

    /// <summary>Dialogs opened by the page.</summary>
    public IReadOnlyList<string> Dialogs => _dialogs;

    /// <summary>Uncaught script errors of the page.</summary>
    public IReadOnlyList<string> Errors => _errors;

    public static async Task<WatchedPage> StartAsync(IBrowserContext context, IPage page)
    {
        var watched = new WatchedPage(context, page);
        await page.AddInitScriptAsync(Trap);
        page.Dialog += async (_, dialog) =>
        {
            watched._dialogs.Add(dialog.Type + ": " + dialog.Message);
            await dialog.DismissAsync();
        };
        page.PageError += (_, error) => watched._errors.Add(error);
        return watched;
    }

    /// <summary>Opens <paramref name="url"/> and waits until the dashboard says <paramref name="view"/> has rendered.</summary>
    public async Task OpenAsync(string url, string view)
    {
        await Page.GotoAsync(url);
        await ReadyAsync(view);
    }

    /// <summary>Waits for <c>body[data-ready=view]</c>; fails on a view that rendered an error.</summary>
    public async Task ReadyAsync(string view)
    {
        await Page.WaitForSelectorAsync($"body[data-ready='{view}']", new PageWaitForSelectorOptions { Timeout = 20_000 });
        var error = await Page.Locator("body[data-error] .error").AllTextContentsAsync();
        Assert.True(error.Count == 0, "The view showed an error: " + string.Join(" ", error));
    }

    /// <summary>The names passed to <c>pwn</c> so far (empty while no injected script ran).</summary>
    public async Task<string[]> PwnedAsync() => await Page.EvaluateAsync<string[]>("() => window.__pwned");

    /// <summary>Content-Security-Policy violations so far.</summary>
    public async Task<string[]> CspViolationsAsync() => await Page.EvaluateAsync<string[]>("() => window.__csp");

    public async Task ScreenshotAsync(string folder, string name) =>
        await Page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(folder, name + ".png"), FullPage = true });

    public async ValueTask DisposeAsync() => await _context.DisposeAsync();
}
