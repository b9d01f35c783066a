using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Dateline.Server.Dashboard;

/// <summary>
/// Serves the dashboard: <c>/</c> is <c>index.html</c>, the other built files by name. Every answer forbids
/// scripts, styles and connections from anywhere but this server (Content-Security-Policy), on top of the page
/// writing article text only as text.
/// </summary>
internal static class DashboardPages
{
    /// <summary>Scripts only from this server's files: no inline script, no eval, no other origin.</summary>
    public const string ContentSecurityPolicy =
        "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; " +
        "base-uri 'none'; form-action 'self'; frame-ancestors 'none'";

    public static void Map(IEndpointRouteBuilder app)
    {
        app.MapGet("/", (HttpContext c, DashboardAssets a) => Serve(c, a, "index.html"))
            .RequireRateLimiting(RateLimits.Reads).ExcludeFromDescription();
        app.MapGet("/{file}", (string file, HttpContext c, DashboardAssets a) => Serve(c, a, file))
            .RequireRateLimiting(RateLimits.Reads).ExcludeFromDescription();
    }

    private static IResult Serve(HttpContext context, DashboardAssets assets, string name)
    {
        if (assets.Find(name) is not { } asset) return Problems.NotFound($"There is no file '{name}'.");
        var headers = context.Response.Headers;
        headers.ETag = asset.ETag;
        headers.CacheControl = "no-cache";
        headers.ContentSecurityPolicy = ContentSecurityPolicy;
        headers["Referrer-Policy"] = "no-referrer";
        if (context.Request.Headers.IfNoneMatch.Contains(asset.ETag)) return Results.StatusCode(StatusCodes.Status304NotModified);
        return Results.Bytes(asset.Bytes, asset.ContentType);
    }
}
