using System.Text.Json;
using Dateline.Storage;
using Dateline.Storage.Reading;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Dateline.Server;

/// <summary>The read side of the API: <c>GET /api/...</c>, open to every client that can reach the server.</summary>
internal static class ReadEndpoints
{
    public static void Map(IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api").RequireRateLimiting(RateLimits.Reads);
        api.MapGet("/articles", (HttpContext c, StoreGate g, ResponseCache r) => List(c, g, r, (s, q) => s.Articles(q)))
            .WithSummary("Stored articles, newest first.");
        api.MapGet("/articles/{id:long}", Article).WithSummary("The whole analysis of one article, with every evidence span.");
        api.MapGet("/events", (HttpContext c, StoreGate g, ResponseCache r) => List(c, g, r, (s, q) => s.Events(q)))
            .WithSummary("Events merged across articles, by date then id.");
        api.MapGet("/mentions", (HttpContext c, StoreGate g, ResponseCache r) => List(c, g, r, (s, q) => s.EventMentions(q)))
            .WithSummary("Every mention of the matching events, with its article and evidence span.");
        api.MapGet("/series", (HttpContext c, StoreGate g, ResponseCache r) => List(c, g, r, (s, q) => s.Series(q with { Limit = null }), unpaged: true))
            .WithSummary("A daily series of the matching events (normally ?dyad=RUS:UKR).");
        api.MapGet("/quotes", (HttpContext c, StoreGate g, ResponseCache r) => List(c, g, r, (s, q) => s.Quotes(q)))
            .WithSummary("Quotations: filter by speaker, text and outlet.");
        api.MapGet("/claims", Claims).WithSummary("Claims; with check=true, checked against the events reported for their date.");
        api.MapGet("/actors", (HttpContext c, StoreGate g, ResponseCache r) => List(c, g, r, (s, q) => s.Actors(q)))
            .WithSummary("Entities merged across articles, most mentioned first.");
    }

    internal static async Task<IResult> List<T>(
        HttpContext context, StoreGate gate, ResponseCache cache, Func<IArticleStore, StoreQuery, IEnumerable<T>> read,
        bool unpaged = false, bool storeSkips = true, params string[] extra)
    {
        var request = context.Request;
        var query = ApiQuery.Parse(request.Query, extra);
        if (query.Error is { } error) return Problems.BadRequest(error);
        // A series is one point per day: whole unless a limit is asked for.
        if (unpaged && !request.Query.ContainsKey("limit")) query = query with { Limit = int.MaxValue - 1 };
        // Row lists skip the offset in the database; a series and claim checks are cut here.
        var skipHere = unpaged || !storeSkips;
        var filters = skipHere ? query.Filters with { Limit = Paging.RowsToRead(query) } : query.Filters with { Limit = query.Limit + 1, Offset = query.Offset };
        var skip = skipHere ? query.Offset : 0;
        var body = await cache.GetOrAddAsync(request.Path + request.QueryString,
            async () => CachedJson.Serialize(await gate.UseAsync(store => Paging.Cut(read(store, filters), query, request, skip))));
        return CachedJson.Bytes(context, body);
    }

    private static Task<IResult> Claims(HttpContext context, StoreGate gate, ResponseCache cache)
    {
        var request = context.Request.Query;
        var check = request["check"].ToString();
        if (check is not ("" or "true" or "false")) return Task.FromResult(Problems.BadRequest($"'check' must be true or false, not '{check}'."));
        if (check != "true") return List(context, gate, cache, (s, q) => s.Claims(q), extra: "check");
        var windowText = request["window"].ToString();
        var window = 1;
        if (windowText.Length > 0 && (!int.TryParse(windowText, out window) || window is < 0 or > 366))
        {
            return Task.FromResult(Problems.BadRequest($"'window' must be a whole number of days from 0 to 366, not '{windowText}'."));
        }
        return List(context, gate, cache, (s, q) => s.CheckClaims(q, window), storeSkips: false, extra: ["check", "window"]);
    }

    private static async Task<IResult> Article(long id, HttpContext context, StoreGate gate)
    {
        if (context.Request.Query.Count > 0) return Problems.BadRequest("This endpoint takes no query parameters.");
        var json = await gate.UseAsync(store => store.AnalysisJson(id));
        if (json is null) return Problems.NotFound($"There is no article {id}.");
        return CachedJson.Bytes(context, Reescape(json));
    }

    /// <summary>The stored JSON written again with the default (HTML-safe) encoder, whatever encoder stored it.</summary>
    private static CachedBody Reescape(string json)
    {
        using var document = JsonDocument.Parse(json);
        using var buffer = new MemoryStream(json.Length + json.Length / 8);
        using (var writer = new Utf8JsonWriter(buffer))
        {
            document.WriteTo(writer);
        }
        return CachedBody.Of(buffer.ToArray());
    }
}
