using System.Diagnostics;

namespace Dateline.Broker;

/// <summary>What a worker has done so far; updated by the processing loop, read by the heartbeat.</summary>
internal sealed class WorkerCounters
{
    private long _received;
    private long _stored;
    private long _skipped;
    private long _retried;
    private long _deadLettered;
    private long _analyzeTicks;
    private long _storeTicks;
    private long _brokerTicks;

    public long Received => Interlocked.Read(ref _received);

    public long Stored => Interlocked.Read(ref _stored);

    public long Skipped => Interlocked.Read(ref _skipped);

    public long Retried => Interlocked.Read(ref _retried);

    public long DeadLettered => Interlocked.Read(ref _deadLettered);

    /// <summary>Articles finished (stored, found stored already, or dead-lettered).</summary>
    public long Done => Stored + Skipped + DeadLettered;

    public TimeSpan AnalyzeTime => Stopwatch.GetElapsedTime(0, Interlocked.Read(ref _analyzeTicks));

    public TimeSpan StoreTime => Stopwatch.GetElapsedTime(0, Interlocked.Read(ref _storeTicks));

    public TimeSpan BrokerTime => Stopwatch.GetElapsedTime(0, Interlocked.Read(ref _brokerTicks));

    public void AddReceived(int n) => Interlocked.Add(ref _received, n);

    public void AddStored(int added, int skipped)
    {
        Interlocked.Add(ref _stored, added);
        Interlocked.Add(ref _skipped, skipped);
    }

    public void AddRetried() => Interlocked.Increment(ref _retried);

    public void AddDeadLettered() => Interlocked.Increment(ref _deadLettered);

    public void AddAnalyzeTicks(long ticks) => Interlocked.Add(ref _analyzeTicks, ticks);

    public void AddStoreTicks(long ticks) => Interlocked.Add(ref _storeTicks, ticks);

    public void AddBrokerTicks(long ticks) => Interlocked.Add(ref _brokerTicks, ticks);
}
