using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Server.Kestrel.Core;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Dateline.Server;

/// <summary>
/// Builds the <c>dateline serve</c> web application: the read API over the corpus store, <c>POST /api/articles</c>
/// behind an API key, the OpenAPI document at <c>/openapi/v1.json</c>, rate and body-size limits, and RFC 7807
/// problem details for every error. The library adds no log output; the caller chooses it.
/// </summary>
public static class DatelineServer
{
    /// <summary>Opens the store and builds the application (not yet started).</summary>
    /// <param name="options">Store, addresses, key and limits.</param>
    /// <param name="configure">Last changes to the builder (logging, a test server).</param>
    /// <exception cref="Dateline.Storage.StoreException">The store cannot be opened.</exception>
    public static WebApplication Create(ServerOptions options, Action<WebApplicationBuilder>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(options);
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseUrls(options.Urls.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
        builder.WebHost.ConfigureKestrel(kestrel => Limit(kestrel, options));
        var gate = new StoreGate(options.Store, options.MaxOpenStores);
        builder.Services.AddSingleton(gate);
        AddServices(builder.Services, options);
        configure?.Invoke(builder);
        var app = builder.Build();
        app.Lifetime.ApplicationStopped.Register(gate.Dispose);
        app.Use(NoSniff);
        app.UseExceptionHandler();
        app.UseStatusCodePages();
        app.UseRateLimiter();
        app.MapOpenApi();
        ReadEndpoints.Map(app);
        WriteEndpoints.Map(app);
        Dashboard.DashboardApi.Map(app);
        Dashboard.DashboardPages.Map(app);
        return app;
    }

    private static void AddServices(IServiceCollection services, ServerOptions options)
    {
        services.AddSingleton(options);
        services.AddSingleton(new ApiKey(options.ApiKey));
        services.AddSingleton<ArticleAnalyzer>();
        services.AddSingleton(Dashboard.DashboardAssets.Load());
        services.AddSingleton(new ResponseCache(options.CacheLifetime));
        services.AddProblemDetails();
        services.AddOpenApi();
        RateLimits.Add(services, options);
    }

    /// <summary>Browsers must not guess another type (HTML) for a JSON answer holding article text.</summary>
    private static Task NoSniff(HttpContext context, RequestDelegate next)
    {
        context.Response.Headers.XContentTypeOptions = "nosniff";
        return next(context);
    }

    private static void Limit(KestrelServerOptions kestrel, ServerOptions options)
    {
        kestrel.AddServerHeader = false;
        kestrel.Limits.MaxRequestBodySize = options.MaxBodyBytes;
        kestrel.Limits.MaxRequestHeadersTotalSize = 32 * 1024;
    }
}
