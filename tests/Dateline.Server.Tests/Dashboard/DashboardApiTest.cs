using Dateline.Server.Tests.Support;

namespace Dateline.Server.Tests.Dashboard;

public sealed class DashboardApiTest
{
    [Fact]
    public async Task Places_give_coordinates_and_event_counts()
    {
        await using var host = await TestServerHost.StartAsync([Corpus.Shelling()]);
        var place = Assert.Single((await host.GetJsonAsync("/api/places")).GetProperty("items").EnumerateArray());
        Assert.Equal("Izium", place.GetProperty("name").GetString());
        Assert.Equal("UA", place.GetProperty("countryCode").GetString());
        Assert.Equal(1, place.GetProperty("events").GetInt32());
        Assert.True(place.TryGetProperty("lat", out _) && place.TryGetProperty("lon", out _));
        Assert.Empty((await host.GetJsonAsync("/api/places?quad=1")).GetProperty("items").EnumerateArray());
    }

    [Fact]
    public async Task Dyads_are_listed_busiest_first()
    {
        await using var host = await TestServerHost.StartAsync([Corpus.Shelling()]);
        var dyad = (await host.GetJsonAsync("/api/dyads")).GetProperty("items").EnumerateArray().First();
        Assert.Equal("RUS:UKR", dyad.GetProperty("dyad").GetString());
        Assert.Equal(3, dyad.GetProperty("events").GetInt32());
    }

    [Fact]
    public async Task Alerts_of_a_dyad_come_with_their_rule()
    {
        await using var host = await TestServerHost.StartAsync([Corpus.Shelling()]);
        var answer = await host.GetJsonAsync("/api/series/alerts?dyad=RUS:UKR");
        Assert.Equal(14, answer.GetProperty("rule").GetProperty("windowDays").GetInt32());
        // One material conflict event a day is below the two-event minimum.
        Assert.Empty(answer.GetProperty("items").EnumerateArray());
    }

    [Fact]
    public async Task Alerts_refuse_an_unknown_parameter()
    {
        await using var host = await TestServerHost.StartAsync();
        using var response = await host.Client.GetAsync("/api/series/alerts?dyad=RUS:UKR&colour=red");
        var problem = await ProblemAssert.ShapeAsync(response, System.Net.HttpStatusCode.BadRequest);
        Assert.Contains("'colour'", problem.GetProperty("detail").GetString());
    }
}
