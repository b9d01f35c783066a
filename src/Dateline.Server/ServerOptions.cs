namespace Dateline.Server;

/// <summary>How <c>dateline serve</c> runs: which store, where it listens, and its limits.</summary>
public sealed record ServerOptions
{
    /// <summary>The local address used when none is given: reads are open, so only this machine is served.</summary>
    public const string DefaultUrls = "http://127.0.0.1:5080";

    /// <summary>The corpus store location (a SQLite file or a PostgreSQL URL).</summary>
    public required string Store { get; init; }

    /// <summary>Addresses to listen on, separated by semicolons.</summary>
    public string Urls { get; init; } = DefaultUrls;

    /// <summary>The key writes must carry in <c>X-Api-Key</c>; null disables writes.</summary>
    public string? ApiKey { get; init; }

    /// <summary>The largest request body accepted, in bytes (default 1 MiB).</summary>
    public long MaxBodyBytes { get; init; } = 1 << 20;

    /// <summary>The most store connections open at once (concurrent requests beyond it wait).</summary>
    public int MaxOpenStores { get; init; } = Math.Max(2, Environment.ProcessorCount * 2);

    /// <summary>How long a read answer is reused without asking the store (writes through the server clear it at once); zero turns the cache off.</summary>
    public TimeSpan CacheLifetime { get; init; } = TimeSpan.FromSeconds(1);

    /// <summary>Read requests allowed per client address and second.</summary>
    public int ReadsPerSecond { get; init; } = 2000;

    /// <summary>Write requests allowed per client address and minute.</summary>
    public int WritesPerMinute { get; init; } = 60;
}
