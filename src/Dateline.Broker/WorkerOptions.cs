namespace Dateline.Broker;

/// <summary>How a worker runs.</summary>
/// <param name="BrokerUrl">The broker, <c>amqp://user:pass@host:port/vhost</c>.</param>
/// <param name="StoreLocation">The corpus store: a SQLite file or a PostgreSQL URL / connection string.</param>
/// <param name="Names">The work queue and the names derived from it.</param>
/// <param name="WorkerName">The name heartbeats and dead letters carry (default host:pid).</param>
internal sealed record WorkerOptions(string BrokerUrl, string StoreLocation, QueueNames Names, string WorkerName)
{
    /// <summary>Unacknowledged messages the broker hands this worker at most (the channel's prefetch).</summary>
    public ushort Prefetch { get; init; } = 64;

    /// <summary>Articles stored per transaction at most; acknowledged together after the commit.</summary>
    public int BatchSize { get; init; } = 32;

    /// <summary>A batch is stored when it is full or when its first article has waited this long.</summary>
    public TimeSpan MaxBatchAge { get; init; } = TimeSpan.FromSeconds(1);

    /// <summary>
    /// Deliveries of an article that fails analysis before it is dead-lettered with its error (counted by the
    /// quorum queue's <c>x-delivery-count</c>, so crashes while holding it count too). At most <see cref="Topology.DeliveryLimit"/>.
    /// </summary>
    public int Attempts { get; init; } = 3;

    /// <summary>Articles of a batch analyzed at once (one per process is the scale-out unit; more uses more cores per worker).</summary>
    public int Parallelism { get; init; } = 1;

    /// <summary>How often the worker publishes a heartbeat to the status exchange.</summary>
    public TimeSpan HeartbeatInterval { get; init; } = TimeSpan.FromSeconds(2);

    /// <summary>When set, the worker stops by itself after receiving nothing for this long (batch runs, measurements).</summary>
    public TimeSpan? IdleExit { get; init; }

    /// <summary>How long the worker waits for an unreachable broker when it starts.</summary>
    public TimeSpan ConnectPatience { get; init; } = TimeSpan.FromMinutes(2);
}
