using System.Text.Json;
using Microsoft.AspNetCore.Http;
using Microsoft.Net.Http.Headers;

namespace Dateline.Server;

/// <summary>
/// Read responses: the JSON body with a strong ETag (a hash of the body) and <c>Cache-Control: no-cache</c>, so a
/// client revalidates and gets 304 Not Modified while the data is unchanged.
/// </summary>
internal static class CachedJson
{
    /// <summary>Web defaults (camelCase); the default encoder escapes <c>&lt;</c>, <c>&gt;</c>, <c>&amp;</c> and quotes in text.</summary>
    public static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web);

    public static CachedBody Serialize<T>(T value) => CachedBody.Of(JsonSerializer.SerializeToUtf8Bytes(value, Options));

    public static IResult Bytes(HttpContext context, CachedBody body)
    {
        var etag = body.ETag;
        var headers = context.Response.Headers;
        headers.ETag = etag;
        headers.CacheControl = "no-cache";
        if (Matches(context.Request.Headers.IfNoneMatch, etag)) return Results.StatusCode(StatusCodes.Status304NotModified);
        return Results.Bytes(body.Bytes, "application/json; charset=utf-8");
    }

    private static bool Matches(Microsoft.Extensions.Primitives.StringValues ifNoneMatch, string etag)
    {
        foreach (var value in ifNoneMatch)
        {
            if (value is null) continue;
            if (!EntityTagHeaderValue.TryParseList([value], out var tags)) continue;
            foreach (var tag in tags)
            {
                if (tag.Tag == "*" || tag.Tag == etag) return true;
            }
        }
        return false;
    }
}
