using System.Net;
using System.Net.Http.Json;
using System.Text;
using Dateline.Server.Tests.Support;
using Dateline.Tests.Support;

namespace Dateline.Server.Tests;

public sealed class WriteEndpointsTest
{
    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("test-key-4f1")]
    [InlineData("test-key-4f1c ")]
    public async Task Posting_without_the_right_key_is_a_401_problem_and_stores_nothing(string? key)
    {
        await using var host = await TestServerHost.StartAsync();
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/articles")
        {
            Content = JsonContent.Create(new { text = "Police arrested two protesters in the port city." }),
        };
        if (key is not null) request.Headers.TryAddWithoutValidation("X-Api-Key", key);
        using var response = await host.Client.SendAsync(request);
        await ProblemAssert.ShapeAsync(response, HttpStatusCode.Unauthorized);
        Assert.Empty((await host.GetJsonAsync("/api/articles")).GetProperty("items").EnumerateArray());
    }

    [Fact]
    public async Task Posting_a_body_over_the_size_limit_is_a_413_problem()
    {
        await using var host = await TestServerHost.StartAsync(tweak: o => o with { MaxBodyBytes = 4096 });
        var text = string.Concat(Enumerable.Repeat("Aid convoys reached the besieged town at dawn. ", 200));
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/articles")
        {
            Content = new StringContent($"{{\"text\":\"{text}\"}}", Encoding.UTF8, "application/json"),
        };
        request.Headers.Add("X-Api-Key", TestServerHost.Key);
        using var response = await host.Client.SendAsync(request);
        await ProblemAssert.ShapeAsync(response, HttpStatusCode.RequestEntityTooLarge);
    }

    [Fact]
    public async Task Writes_over_the_rate_limit_are_a_429_problem()
    {
        await using var host = await TestServerHost.StartAsync(tweak: o => o with { WritesPerMinute = 2 });
        var article = new { text = "Rescuers searched the flooded valley overnight.", date = "2022-06-01" };
        await host.PostArticleAsync(article);
        await host.PostArticleAsync(article);
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/articles") { Content = JsonContent.Create(article) };
        request.Headers.Add("X-Api-Key", TestServerHost.Key);
        using var response = await host.Client.SendAsync(request);
        Assert.Equal(HttpStatusCode.TooManyRequests, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Theory]
    [InlineData("{\"title\":\"no text\"}")]
    [InlineData("{\"text\":\"Talks resumed on Monday.\",\"date\":\"15/02/2022\"}")]
    [InlineData("not json")]
    public async Task A_malformed_article_is_a_400_problem(string body)
    {
        await using var host = await TestServerHost.StartAsync();
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/articles") { Content = new StringContent(body, Encoding.UTF8, "application/json") };
        request.Headers.Add("X-Api-Key", TestServerHost.Key);
        using var response = await host.Client.SendAsync(request);
        await ProblemAssert.ShapeAsync(response, HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task Posting_the_same_article_twice_returns_the_same_id_and_stores_it_once()
    {
        await using var host = await TestServerHost.StartAsync();
        var article = new { text = "The council voted to reopen the bridge on Thursday.", date = "2022-05-02" };
        var first = await host.PostArticleAsync(article);
        Assert.Equal(first, await host.PostArticleAsync(article));
        Assert.Single((await host.GetJsonAsync("/api/articles")).GetProperty("items").EnumerateArray());
    }

    [Fact]
    public async Task Posting_another_text_at_a_stored_url_returns_the_stored_article_and_adds_nothing()
    {
        await using var host = await TestServerHost.StartAsync();
        const string url = "https://example.org/bridge";
        var first = await host.PostArticleAsync(new { text = "The council voted to reopen the bridge on Thursday.", url });
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/articles")
        {
            Content = JsonContent.Create(new { text = "A corrected story: the council delayed the bridge vote.", url }),
        };
        request.Headers.Add("X-Api-Key", TestServerHost.Key);
        using var response = await host.Client.SendAsync(request);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = await response.Content.ReadFromJsonAsync<System.Text.Json.JsonElement>();
        Assert.Equal(first, body.GetProperty("id").GetInt64());
        Assert.False(body.GetProperty("added").GetBoolean());
        Assert.Single((await host.GetJsonAsync("/api/articles")).GetProperty("items").EnumerateArray());
    }

    [Fact]
    public async Task A_posted_wire_story_gets_its_outlet_and_dateline_place_from_the_text_as_ingest_does()
    {
        await using var host = await TestServerHost.StartAsync();
        const string text = "OSLO, March 3 (Northern Wire) - Norway's foreign minister met her Swedish counterpart on Thursday.";
        var id = await host.PostArticleAsync(new { text, date = "2022-03-03" });
        var article = (await host.GetJsonAsync($"/api/articles/{id}")).GetProperty("article");
        Assert.Equal("Northern Wire", article.GetProperty("source").GetString());
        Assert.Equal(["Oslo"], article.GetProperty("datelinePlaces").EnumerateArray().Select(p => p.GetString()));
        Assert.Equal(text, (await host.GetJsonAsync($"/api/articles/{id}")).GetProperty("text").GetString());
    }

    [Fact]
    public async Task An_outlet_given_in_the_request_wins_over_the_one_in_the_text()
    {
        await using var host = await TestServerHost.StartAsync();
        var id = await host.PostArticleAsync(new { text = "OSLO, March 3 (Northern Wire) - The talks ended on Thursday.", source = "Fjord Daily" });
        Assert.Equal("Fjord Daily", (await host.GetJsonAsync($"/api/articles/{id}")).GetProperty("article").GetProperty("source").GetString());
    }

    [Fact]
    public async Task Script_in_a_posted_article_comes_back_json_escaped_on_every_read()
    {
        await using var host = await TestServerHost.StartAsync();
        const string script = "<script>alert('owned')</script>";
        var id = await host.PostArticleAsync(new
        {
            text = $"The mayor said \"{script} is not a plan\" on Monday. {script} Police closed the square.",
            title = "Mayor " + script,
            date = "2022-05-03",
        });
        foreach (var url in (string[])["/api/articles", $"/api/articles/{id}", "/api/quotes", "/api/actors"])
        {
            var raw = await host.Client.GetStringAsync(url);
            Assert.DoesNotContain("<script", raw, StringComparison.OrdinalIgnoreCase);
        }
        var article = await host.GetJsonAsync($"/api/articles/{id}");
        Assert.Contains(script, article.GetProperty("text").GetString(), StringComparison.Ordinal);
        Assert.Contains("\\u003Cscript\\u003E", await host.Client.GetStringAsync($"/api/articles/{id}"), StringComparison.Ordinal);
    }

    [SkippableFact]
    public async Task The_reference_article_posted_with_its_date_shows_on_every_endpoint()
    {
        var text = await File.ReadAllTextAsync(TestData.RequireReferenceArticle());
        await using var host = await TestServerHost.StartAsync();
        var id = await host.PostArticleAsync(new { text, date = "2022-02-15" });
        var article = await host.GetJsonAsync($"/api/articles/{id}");
        Assert.Equal(text, article.GetProperty("text").GetString());
        Assert.Equal("2022-02-15", article.GetProperty("article").GetProperty("published").GetString());
        Assert.NotEmpty((await host.GetJsonAsync("/api/events")).GetProperty("items").EnumerateArray());
        Assert.NotEmpty((await host.GetJsonAsync("/api/series?dyad=RUS:UKR")).GetProperty("items").EnumerateArray());
        Assert.Contains((await host.GetJsonAsync("/api/quotes?speaker=kremlin")).GetProperty("items").EnumerateArray(),
            q => text.Contains(q.GetProperty("content").GetString()!, StringComparison.Ordinal));
        Assert.NotEmpty((await host.GetJsonAsync("/api/claims?check=true")).GetProperty("items").EnumerateArray());
        Assert.Contains((await host.GetJsonAsync("/api/actors")).GetProperty("items").EnumerateArray(),
            a => a.GetProperty("actorCode").GetString() == "RUS");
    }
}
