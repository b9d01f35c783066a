using System.Globalization;
using System.Text.Json;
using Dateline.Documents;
using Dateline.Pipeline;
using Dateline.Storage;
using Dateline.Storage.Reading;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Dateline.Server;

/// <summary>The write side: <c>POST /api/articles</c>, which needs the API key.</summary>
internal static class WriteEndpoints
{
    public static void Map(IEndpointRouteBuilder app) =>
        app.MapPost("/api/articles", Post)
            .RequireRateLimiting(RateLimits.Writes)
            .WithSummary("Analyzes a posted article with the default pipeline and stores it; returns its id.");

    private static async Task<IResult> Post(HttpContext context, ApiKey key, ServerOptions options, ArticleAnalyzer analyzer, StoreGate gate, ResponseCache cache)
    {
        if (!key.Accepts(context.Request.Headers[ApiKey.Header].ToString()))
        {
            return Problems.Unauthorized(key.Configured ? $"A valid {ApiKey.Header} header is required." : "Writes are disabled: no API key is configured.");
        }
        var body = await RequestBody.ReadAsync(context.Request, options.MaxBodyBytes, context.RequestAborted);
        if (body is null) return Problems.TooLarge(options.MaxBodyBytes);
        PostedArticle? posted;
        try
        {
            posted = JsonSerializer.Deserialize<PostedArticle>(body, CachedJson.Options);
        }
        catch (JsonException ex)
        {
            return Problems.BadRequest("The body is not valid JSON: " + ex.Message);
        }
        if (posted is null || string.IsNullOrWhiteSpace(posted.Text)) return Problems.BadRequest("The body must be a JSON object with a non-empty 'text'.");
        if (Metadata(posted) is not { } metadata) return Problems.BadRequest($"'date' must be a day as YYYY-MM-DD, not '{posted.Date}'.");
        return Store(Analyze(analyzer, posted.Text, metadata), gate, cache);
    }

    private static IResult Store((ArticleAnalysis? Analysis, string? Error) analyzed, StoreGate gate, ResponseCache cache)
    {
        if (analyzed.Analysis is not { } analysis) return Problems.BadRequest("The article could not be analyzed: " + analyzed.Error);
        var (result, id) = gate.Use(store => (store.Add([analysis]), store.FindArticle(analysis.ContentHash, analysis.Url)?.Id));
        if (result.Added > 0) cache.Clear();
        var body = new { id, added = result.Added > 0 };
        return result.Added > 0 ? Results.Created($"/api/articles/{id}", body) : Results.Ok(body);
    }

    private static (ArticleAnalysis?, string?) Analyze(ArticleAnalyzer analyzer, string text, ArticleMetadata metadata)
    {
        try
        {
            return analyzer.Analyze(text, metadata);
        }
        catch (PipelineException ex)
        {
            return (null, ex.Message);
        }
    }

    private static ArticleMetadata? Metadata(PostedArticle posted)
    {
        DateTimeOffset? published = null;
        if (!string.IsNullOrWhiteSpace(posted.Date))
        {
            if (!DateOnly.TryParseExact(posted.Date, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day)) return null;
            published = new DateTimeOffset(day.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);
        }
        return new ArticleMetadata { Published = published, Title = posted.Title, Url = posted.Url, Source = posted.Source };
    }
}
