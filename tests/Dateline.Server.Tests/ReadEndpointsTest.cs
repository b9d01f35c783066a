using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using Dateline.Server.Tests.Support;

namespace Dateline.Server.Tests;

public sealed class ReadEndpointsTest
{
    [Fact]
    public async Task Events_are_filtered_by_quad_class_and_dyad()
    {
        await using var host = await TestServerHost.StartAsync([Corpus.Shelling()]);
        var conflict = (await host.GetJsonAsync("/api/events?quad=4")).GetProperty("items");
        Assert.Equal(["195", "190"], conflict.EnumerateArray().Select(e => e.GetProperty("cameo").GetString()));
        var dyad = (await host.GetJsonAsync("/api/events?dyad=rus:ukrgov")).GetProperty("items");
        Assert.Equal("051", Assert.Single(dyad.EnumerateArray()).GetProperty("cameo").GetString());
    }

    [Fact]
    public async Task Series_of_a_dyad_counts_its_events_per_day()
    {
        await using var host = await TestServerHost.StartAsync([Corpus.Shelling()]);
        var points = (await host.GetJsonAsync("/api/series?dyad=RUS:UKR")).GetProperty("items").EnumerateArray().ToList();
        Assert.Equal(["2022-03-04", "2022-03-06"], points.Select(p => p.GetProperty("date").GetString()));
        Assert.Equal(2, points[0].GetProperty("events").GetInt32());
        Assert.Equal(1, points[0].GetProperty("materialConflict").GetInt32());
    }

    [Fact]
    public async Task Quotes_are_found_by_speaker_text_and_outlet()
    {
        await using var host = await TestServerHost.StartAsync([Corpus.Shelling()]);
        var quote = Assert.Single((await host.GetJsonAsync("/api/quotes?speaker=GOVERNOR&text=rebuild&outlet=Wire%20One")).GetProperty("items").EnumerateArray());
        Assert.Equal("We will rebuild every school", quote.GetProperty("content").GetString());
        Assert.Equal("Wire One", quote.GetProperty("outlet").GetString());
        Assert.Empty((await host.GetJsonAsync("/api/quotes?outlet=Daily%20Two")).GetProperty("items").EnumerateArray());
    }

    [Fact]
    public async Task Claims_with_check_say_whether_the_claimed_event_was_reported()
    {
        await using var host = await TestServerHost.StartAsync([Corpus.Shelling()]);
        var claim = Assert.Single((await host.GetJsonAsync("/api/claims")).GetProperty("items").EnumerateArray());
        Assert.Equal("2022-03-06", claim.GetProperty("targetDate").GetString());
        var check = Assert.Single((await host.GetJsonAsync("/api/claims?check=true&window=0")).GetProperty("items").EnumerateArray());
        Assert.True(check.GetProperty("reported").GetBoolean());
        Assert.Equal("Officials", check.GetProperty("claim").GetProperty("claimant").GetString());
    }

    [Fact]
    public async Task Actors_are_listed_with_their_mentions()
    {
        await using var host = await TestServerHost.StartAsync([Corpus.Shelling()]);
        var names = (await host.GetJsonAsync("/api/actors")).GetProperty("items").EnumerateArray().Select(a => a.GetProperty("name").GetString());
        Assert.Contains("Izium", names);
    }

    [Fact]
    public async Task Articles_page_through_with_a_next_link_until_the_last_page()
    {
        await using var host = await TestServerHost.StartAsync([Corpus.Plain(1), Corpus.Plain(2), Corpus.Plain(3)]);
        var first = await host.GetJsonAsync("/api/articles?limit=2");
        Assert.Equal(["Grain talks 3", "Grain talks 2"], first.GetProperty("items").EnumerateArray().Select(a => a.GetProperty("title").GetString()));
        var next = first.GetProperty("next").GetString()!;
        Assert.Contains("offset=2", next, StringComparison.Ordinal);
        var last = await host.GetJsonAsync(next);
        Assert.Equal("Grain talks 1", Assert.Single(last.GetProperty("items").EnumerateArray()).GetProperty("title").GetString());
        Assert.Equal(JsonValueKind.Null, last.GetProperty("next").ValueKind);
    }

    [Fact]
    public async Task An_article_comes_back_whole_with_evidence_spans_into_its_text()
    {
        await using var host = await TestServerHost.StartAsync([Corpus.Shelling()]);
        var id = (await host.GetJsonAsync("/api/articles")).GetProperty("items")[0].GetProperty("id").GetInt64();
        var article = await host.GetJsonAsync($"/api/articles/{id}");
        var text = article.GetProperty("text").GetString()!;
        var evidence = article.GetProperty("events")[0].GetProperty("evidence");
        Assert.Equal(evidence.GetProperty("text").GetString(), text[evidence.GetProperty("start").GetInt32()..evidence.GetProperty("end").GetInt32()]);
    }

    [Fact]
    public async Task A_missing_article_is_a_404_problem()
    {
        await using var host = await TestServerHost.StartAsync();
        using var response = await host.Client.GetAsync("/api/articles/41");
        var problem = await ProblemAssert.ShapeAsync(response, HttpStatusCode.NotFound);
        Assert.Contains("41", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_unknown_route_is_a_404_problem()
    {
        await using var host = await TestServerHost.StartAsync();
        using var response = await host.Client.GetAsync("/api/nothing-here");
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task Concurrent_reads_all_succeed_and_agree()
    {
        await using var host = await TestServerHost.StartAsync([Corpus.Shelling()], o => o with { MaxOpenStores = 3 });
        var bodies = await Task.WhenAll(Enumerable.Range(0, 24).Select(_ => host.Client.GetStringAsync("/api/events?quad=4")));
        Assert.Single(bodies.Distinct());
        Assert.Contains("\"195\"", bodies[0], StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/api/events?quad=five", "quad")]
    [InlineData("/api/events?from=2022-13-01", "from")]
    [InlineData("/api/series?dyad=RUS", "dyad")]
    [InlineData("/api/quotes?limit=0", "limit")]
    [InlineData("/api/actors?colour=red", "colour")]
    [InlineData("/api/claims?check=maybe", "check")]
    public async Task A_bad_filter_is_a_400_problem_naming_the_parameter(string url, string parameter)
    {
        await using var host = await TestServerHost.StartAsync();
        using var response = await host.Client.GetAsync(url);
        var problem = await ProblemAssert.ShapeAsync(response, HttpStatusCode.BadRequest);
        Assert.Contains($"'{parameter}'", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_read_with_the_current_etag_is_304_and_a_changed_store_gets_a_new_etag()
    {
        await using var host = await TestServerHost.StartAsync([Corpus.Plain(1)]);
        using var first = await host.Client.GetAsync("/api/articles");
        var etag = first.Headers.ETag!;
        Assert.Equal("no-cache", first.Headers.CacheControl!.ToString());
        Assert.Equal("nosniff", first.Headers.GetValues("X-Content-Type-Options").Single());
        using var again = new HttpRequestMessage(HttpMethod.Get, "/api/articles");
        again.Headers.IfNoneMatch.Add(etag);
        using var notModified = await host.Client.SendAsync(again);
        Assert.Equal(HttpStatusCode.NotModified, notModified.StatusCode);
        Assert.Empty(await notModified.Content.ReadAsByteArrayAsync());
        await host.PostArticleAsync(new { text = "Farmers protested in the capital about grain prices.", date = "2022-04-09" });
        using var changed = new HttpRequestMessage(HttpMethod.Get, "/api/articles");
        changed.Headers.IfNoneMatch.Add(etag);
        using var fresh = await host.Client.SendAsync(changed);
        Assert.Equal(HttpStatusCode.OK, fresh.StatusCode);
        Assert.NotEqual(etag, fresh.Headers.ETag);
    }

    [Fact]
    public async Task The_openapi_document_lists_the_endpoints()
    {
        await using var host = await TestServerHost.StartAsync();
        var paths = (await host.GetJsonAsync("/openapi/v1.json")).GetProperty("paths");
        foreach (var path in (string[])["/api/articles", "/api/articles/{id}", "/api/events", "/api/series", "/api/quotes", "/api/claims", "/api/actors"])
        {
            Assert.True(paths.TryGetProperty(path, out _), path + " is missing from the OpenAPI document");
        }
    }
}
