using System.Net;
using System.Net.Http.Headers;
using Dateline.Server.Dashboard;
using Dateline.Server.Tests.Support;

namespace Dateline.Server.Tests.Dashboard;

public sealed class DashboardPagesTest
{
    [Fact]
    public async Task The_root_serves_the_dashboard_page_under_a_content_security_policy()
    {
        await using var host = await TestServerHost.StartAsync();
        using var response = await host.Client.GetAsync("/");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        var csp = string.Join(";", response.Headers.GetValues("Content-Security-Policy"));
        Assert.Contains("script-src 'self'", csp);
        Assert.DoesNotContain("unsafe-inline", csp);
        Assert.Contains("<script defer src=\"/app.js\"></script>", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Every_file_the_page_loads_is_served_with_its_type()
    {
        await using var host = await TestServerHost.StartAsync();
        foreach (var (file, type) in new[] { ("app.js", "text/javascript"), ("app.css", "text/css"), ("world-110m.json", "application/json") })
        {
            using var response = await host.Client.GetAsync("/" + file);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.Equal(type, response.Content.Headers.ContentType?.MediaType);
        }
    }

    [Fact]
    public async Task An_unchanged_file_is_not_sent_again()
    {
        await using var host = await TestServerHost.StartAsync();
        using var first = await host.Client.GetAsync("/app.js");
        using var again = new HttpRequestMessage(HttpMethod.Get, "/app.js");
        again.Headers.IfNoneMatch.Add(EntityTagHeaderValue.Parse(first.Headers.ETag!.Tag));
        using var response = await host.Client.SendAsync(again);
        Assert.Equal(HttpStatusCode.NotModified, response.StatusCode);
    }

    [Fact]
    public async Task A_file_the_build_does_not_have_is_a_404_problem()
    {
        await using var host = await TestServerHost.StartAsync();
        using var response = await host.Client.GetAsync("/secrets.txt");
        await ProblemAssert.ShapeAsync(response, HttpStatusCode.NotFound);
    }

    [Fact]
    public void The_assets_hold_exactly_the_built_files()
    {
        Assert.Equal(["app.css", "app.js", "build.json", "index.html", "world-110m.json"], DashboardAssets.Load().Names.Order(StringComparer.Ordinal));
    }
}
