using System.Threading.RateLimiting;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.DependencyInjection;

namespace Dateline.Server;

/// <summary>Per-client-address rate limits (ASP.NET Core's rate limiter): one policy for reads, a stricter one for writes.</summary>
internal static class RateLimits
{
    public const string Reads = "reads";
    public const string Writes = "writes";

    public static void Add(IServiceCollection services, ServerOptions options)
    {
        services.AddRateLimiter(limiter =>
        {
            limiter.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            limiter.AddPolicy(Reads, context => RateLimitPartition.GetFixedWindowLimiter(Client(context), _ => new FixedWindowRateLimiterOptions
            {
                PermitLimit = options.ReadsPerSecond,
                Window = TimeSpan.FromSeconds(1),
            }));
            limiter.AddPolicy(Writes, context => RateLimitPartition.GetFixedWindowLimiter(Client(context), _ => new FixedWindowRateLimiterOptions
            {
                PermitLimit = options.WritesPerMinute,
                Window = TimeSpan.FromMinutes(1),
            }));
        });
    }

    private static string Client(HttpContext context) => context.Connection.RemoteIpAddress?.ToString() ?? "local";
}
