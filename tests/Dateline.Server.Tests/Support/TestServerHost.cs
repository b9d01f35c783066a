using System.Net.Http.Json;
using System.Text.Json;
using Dateline.Storage;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;

namespace Dateline.Server.Tests.Support;

/// <summary>The API on an in-process test server over a fresh SQLite store in a temporary folder.</summary>
internal sealed class TestServerHost : IAsyncDisposable
{
    public const string Key = "test-key-4f1c";

    private readonly WebApplication _app;
    private readonly string _folder;

    private TestServerHost(WebApplication app, string folder, HttpClient client)
    {
        _app = app;
        _folder = folder;
        Client = client;
    }

    public HttpClient Client { get; }

    /// <summary>Starts a server whose store already holds <paramref name="articles"/> (analysis JSON).</summary>
    public static async Task<TestServerHost> StartAsync(IReadOnlyList<string>? articles = null, Func<ServerOptions, ServerOptions>? tweak = null)
    {
        var folder = Path.Combine(Path.GetTempPath(), "dateline-serve-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        var store = Path.Combine(folder, "test.db");
        if (articles is { Count: > 0 })
        {
            using var seed = ArticleStore.Open(store);
            seed.Add([.. articles.Select(ArticleAnalysis.FromJson)]);
        }
        var options = new ServerOptions { Store = store, ApiKey = Key };
        var app = DatelineServer.Create(
            tweak?.Invoke(options) ?? options,
            builder => builder.WebHost.UseTestServer());
        await app.StartAsync();
        return new TestServerHost(app, folder, app.GetTestClient());
    }

    public async Task<JsonElement> GetJsonAsync(string url)
    {
        using var response = await Client.GetAsync(url);
        Assert.Equal(System.Net.HttpStatusCode.OK, response.StatusCode);
        return (await response.Content.ReadFromJsonAsync<JsonElement>());
    }

    /// <summary>POSTs an article with the key and returns its id.</summary>
    public async Task<long> PostArticleAsync(object body)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/articles") { Content = JsonContent.Create(body) };
        request.Headers.Add("X-Api-Key", Key);
        using var response = await Client.SendAsync(request);
        Assert.True(response.IsSuccessStatusCode, $"POST /api/articles: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetInt64();
    }

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        await _app.StopAsync();
        await _app.DisposeAsync();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        try
        {
            Directory.Delete(_folder, recursive: true);
        }
        catch (IOException)
        {
            // A leftover temporary folder is harmless.
        }
    }
}
