using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Dateline.Server.Dashboard;

/// <summary>The read endpoints the dashboard needs beyond the query API: places, busiest dyads and escalation alerts.</summary>
internal static class DashboardApi
{
    public static void Map(IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api").RequireRateLimiting(RateLimits.Reads);
        api.MapGet("/places", (HttpContext c, StoreGate g, ResponseCache r) => ReadEndpoints.List(c, g, r, (s, q) => s.Places(q), storeSkips: false))
            .WithSummary("Places where the matching events happened, with coordinates and counts, most events first.");
        api.MapGet("/dyads", (HttpContext c, StoreGate g, ResponseCache r) => ReadEndpoints.List(c, g, r, (s, q) => s.Dyads(q), storeSkips: false))
            .WithSummary("Pairs of countries by the number of matching events, busiest first.");
        api.MapGet("/series/alerts", Alerts)
            .WithSummary("Escalation alerts of a daily series (normally ?dyad=RUS:UKR): days whose conflict events jump above the trailing baseline.");
    }

    private static async Task<IResult> Alerts(HttpContext context, StoreGate gate, ResponseCache cache)
    {
        var request = context.Request;
        var query = ApiQuery.Parse(request.Query);
        if (query.Error is { } error) return Problems.BadRequest(error);
        var rule = EscalationRule.Default;
        var body = await cache.GetOrAddAsync(request.Path + request.QueryString, async () =>
        {
            var series = await gate.UseAsync(store => store.Series(query.Filters with { Limit = null }));
            return CachedJson.Serialize(new AlertList(EscalationAlerts.Find(series, rule), rule));
        });
        return CachedJson.Bytes(context, body);
    }

    /// <summary>The answer of <c>/api/series/alerts</c>: the alert days and the rule that found them.</summary>
    private sealed record AlertList(IReadOnlyList<EscalationAlert> Items, EscalationRule Rule);
}
