using System.Net.Http.Json;
using System.Text.Json;
using Dateline.Corpora;
using Dateline.Ingest;
using Dateline.Serialization;
using Dateline.Server;
using Dateline.Storage;
using Microsoft.AspNetCore.Builder;
using Microsoft.Playwright;

namespace Dateline.Browser.Tests.Support;

/// <summary>
/// One real server (Kestrel on 127.0.0.1, an ephemeral port) over a temporary SQLite store holding the injection
/// corpus and the reference article (loaded and analyzed as <c>dateline ingest FILE --date 2022-02-15</c> does), and
/// one headless Debian Chromium driven by Playwright. Playwright never downloads a browser here.
/// </summary>
public sealed class DashboardFixture : IAsyncLifetime
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "dateline-browser-" + Guid.NewGuid().ToString("N"));
    private WebApplication? _app;
    private IPlaywright? _playwright;
    private IBrowser? _browser;
    private string? _unavailable;

    /// <summary>The server's address, e.g. http://127.0.0.1:41234.</summary>
    public string BaseUrl { get; private set; } = "";

    /// <summary>The store id of the reference article.</summary>
    public long ReferenceId { get; private set; }

    /// <summary>The reference article's analysis as the API serves it.</summary>
    public JsonElement Reference { get; private set; }

    /// <summary>Where screenshots go: screenshots/ in the test output directory.</summary>
    public string Screenshots { get; } = Path.Combine(AppContext.BaseDirectory, "screenshots");

    public async Task InitializeAsync()
    {
        var chromium = Environment.GetEnvironmentVariable("DATELINE_TEST_CHROMIUM");
        if (string.IsNullOrEmpty(chromium) && File.Exists("/usr/bin/chromium")) chromium = "/usr/bin/chromium";
        if (string.IsNullOrEmpty(chromium) || !File.Exists(chromium))
        {
            _unavailable = "Chromium is not installed (tests/support/chromium.sh installs it and sets DATELINE_TEST_CHROMIUM).";
            return;
        }
        if (SharedData.Locate() is not { } data)
        {
            _unavailable = "../shared is not beside this clone: the reference article is missing.";
            return;
        }
        Directory.CreateDirectory(_folder);
        Directory.CreateDirectory(Screenshots);
        var store = Path.Combine(_folder, "dashboard.db");
        var reference = Ingested(Path.Combine(Path.GetDirectoryName(data)!, "samples", "000_3f35dfa55a5d8b29.txt"));
        using (var seed = ArticleStore.Open(store))
        {
            seed.Add([ArticleAnalysis.FromJson(InjectionCorpus.First()), ArticleAnalysis.FromJson(InjectionCorpus.Second()), reference]);
            ReferenceId = seed.Articles(new Dateline.Storage.Reading.StoreQuery { Limit = null }).Single(a => a.ContentHash == reference.ContentHash).Id;
        }
        _app = DatelineServer.Create(new ServerOptions { Store = store, Urls = "http://127.0.0.1:0" });
        await _app.StartAsync();
        BaseUrl = _app.Urls.First();
        using (var client = new HttpClient { BaseAddress = new Uri(BaseUrl) })
        {
            Reference = await client.GetFromJsonAsync<JsonElement>($"/api/articles/{ReferenceId}");
        }
        _playwright = await Playwright.CreateAsync();
        _browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions { ExecutablePath = chromium, Headless = true });
    }

    /// <summary>The article as <c>dateline ingest FILE --date 2022-02-15</c> stores it: loaded (dateline, outlet), dated, analyzed.</summary>
    private static ArticleAnalysis Ingested(string path)
    {
        var loader = new ArticleLoader(ArticleLoaderOptions.Default with { PublicationYear = 2022 });
        var article = loader.Load(path).OfType<LoadedArticle>().Single();
        var document = new Dateline.Documents.Document(
            article.Text, article.Metadata with { Published = article.Metadata.Published ?? new DateTimeOffset(2022, 2, 15, 0, 0, 0, TimeSpan.Zero) });
        DefaultPipeline.Create().Process(document);
        return ArticleAnalysis.FromJson(ArticleJsonWriter.Default.ToJson(document, new ArticleJsonOptions()));
    }

    /// <summary>Skips the test when Chromium or ../shared is missing, or fails it under DATELINE_REQUIRE_SERVICES=1.</summary>
    public void Require()
    {
        if (_unavailable is null) return;
        if (Environment.GetEnvironmentVariable("DATELINE_REQUIRE_SERVICES") == "1" ||
            Environment.GetEnvironmentVariable("DATELINE_REQUIRE_SHARED_DATA") == "1")
        {
            Assert.Fail(_unavailable + " (required here: DATELINE_REQUIRE_SERVICES/DATELINE_REQUIRE_SHARED_DATA is set)");
        }
        Skip.If(true, _unavailable);
    }

    /// <summary>A fresh page (own context, cold cache) that records every dialog, CSP violation and <c>pwn</c> call.</summary>
    public async Task<WatchedPage> NewPageAsync()
    {
        Require();
        var context = await _browser!.NewContextAsync(new BrowserNewContextOptions { ViewportSize = new ViewportSize { Width = 1300, Height = 1000 } });
        var page = await context.NewPageAsync();
        return await WatchedPage.StartAsync(context, page);
    }

    public async Task DisposeAsync()
    {
        if (_browser is not null) await _browser.DisposeAsync();
        _playwright?.Dispose();
        if (_app is not null)
        {
            await _app.StopAsync();
            await _app.DisposeAsync();
        }
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        try
        {
            if (Directory.Exists(_folder)) Directory.Delete(_folder, recursive: true);
        }
        catch (IOException)
        {
            // A leftover temporary folder is harmless.
        }
    }
}
