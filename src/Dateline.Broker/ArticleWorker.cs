using System.Diagnostics;
using Dateline.Documents;
using Dateline.Storage;

namespace Dateline.Broker;

/// <summary>
/// A scale-out worker (<c>dateline worker</c>): consumes the work queue with a bounded prefetch, analyzes the
/// articles in batches, stores each batch in one transaction and acknowledges its messages only after the
/// commit. Delivery is at least once (a crash, kill or reconnection returns unacknowledged messages to the
/// queue); the store skips articles it holds already (same content hash), so every article is stored exactly
/// once. Stopping (the token given to <see cref="RunAsync"/>, e.g. on SIGTERM) ends consumption, finishes the batch in hand
/// (or returns it when the store is unreachable), returns what is still buffered, and closes.
/// </summary>
internal sealed class ArticleWorker(WorkerOptions options, Func<Document, ArticleAnalysis> analyze, Action<string> log)
{
    private readonly WorkerCounters _counters = new();
    private readonly DateTimeOffset _started = DateTimeOffset.UtcNow;
    private volatile bool _storeRetrying;

    /// <summary>What the worker did (read after <see cref="RunAsync"/>).</summary>
    public WorkerCounters Counters => _counters;

    /// <summary>Runs until <paramref name="stop"/> is cancelled.</summary>
    /// <exception cref="StoreException">The store cannot be opened at start.</exception>
    /// <exception cref="BrokerException">The broker cannot be reached at start.</exception>
    public async Task RunAsync(CancellationToken stop)
    {
        using var store = new ResilientStore(options.StoreLocation, log, retrying => _storeRetrying = retrying);
        store.Open(stop);
        await using var channel = await WorkerChannel.OpenAsync(options, log, stop);
        var processor = new BatchProcessor(options, analyze, store, channel, _counters, log);
        using var heartbeatStop = new CancellationTokenSource();
        var heartbeats = HeartbeatsAsync(channel, heartbeatStop.Token);
        await channel.StartAsync(_counters, stop);
        log($"consuming {options.Names.Queue} (prefetch {options.Prefetch}, batches of {options.BatchSize})");
        while (!stop.IsCancellationRequested)
        {
            var batch = await NextBatchAsync(channel, stop);
            if (batch.Count == 0)
            {
                if (stop.IsCancellationRequested) break;
                log($"nothing received for {options.IdleExit?.TotalSeconds:0.#} s; stopping");
                break;
            }
            // The batch in hand is finished even when stopping; only an unreachable store gives it back.
            if (!await processor.ProcessAsync(batch, stop)) break;
        }
        await channel.StopConsumingAsync();
        await channel.RequeueInboxAsync();
        await heartbeatStop.CancelAsync();
        await heartbeats;
        await channel.PublishHeartbeatAsync(Heartbeat("stopped", 0));
    }

    private async Task<List<Delivery>> NextBatchAsync(WorkerChannel channel, CancellationToken stop)
    {
        var batch = new List<Delivery>(options.BatchSize);
        using (var first = CancellationTokenSource.CreateLinkedTokenSource(stop))
        {
            if (options.IdleExit is { } idle) first.CancelAfter(idle);
            try
            {
                batch.Add(await channel.Inbox.ReadAsync(first.Token));
            }
            catch (OperationCanceledException)
            {
                // Stopped, or idle for too long: an empty batch ends the loop.
                return batch;
            }
        }
        var age = Stopwatch.StartNew();
        while (batch.Count < options.BatchSize)
        {
            if (channel.Inbox.TryRead(out var next))
            {
                batch.Add(next);
                continue;
            }
            var left = options.MaxBatchAge - age.Elapsed;
            if (left <= TimeSpan.Zero || stop.IsCancellationRequested) break;
            using var wait = CancellationTokenSource.CreateLinkedTokenSource(stop);
            wait.CancelAfter(left);
            try
            {
                await channel.Inbox.WaitToReadAsync(wait.Token);
            }
            catch (OperationCanceledException)
            {
                break;
            }
        }
        return batch;
    }

    private async Task HeartbeatsAsync(WorkerChannel channel, CancellationToken stop)
    {
        var last = _counters.Done;
        var clock = Stopwatch.StartNew();
        using var timer = new PeriodicTimer(options.HeartbeatInterval);
        try
        {
            while (await timer.WaitForNextTickAsync(stop))
            {
                var done = _counters.Done;
                var rate = (done - last) / Math.Max(clock.Elapsed.TotalSeconds, 0.001);
                last = done;
                clock.Restart();
                await channel.PublishHeartbeatAsync(Heartbeat(_storeRetrying ? "store-retrying" : "running", rate));
            }
        }
        catch (OperationCanceledException)
        {
            // Stopped.
        }
    }

    private Heartbeat Heartbeat(string state, double rate)
    {
        var c = _counters;
        var done = Math.Max(1, c.Stored + c.Skipped);
        return new Heartbeat(options.WorkerName, state, DateTimeOffset.UtcNow, _started, c.Received, c.Stored, c.Skipped, c.Retried,
            c.DeadLettered, Math.Round(rate, 2), Math.Round(c.AnalyzeTime.TotalMilliseconds / done, 2),
            Math.Round((c.StoreTime + c.BrokerTime).TotalMilliseconds / done, 2));
    }
}
