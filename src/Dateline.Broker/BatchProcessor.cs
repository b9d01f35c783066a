using System.Diagnostics;
using Dateline.Documents;
using Dateline.Storage;
using RabbitMQ.Client;
using RabbitMQ.Client.Exceptions;

namespace Dateline.Broker;

/// <summary>
/// One batch of deliveries: decode and analyze each, store the analyses in one transaction, then acknowledge
/// them (only after the commit). An article that fails is returned to the queue, or, at its last attempt,
/// dead-lettered with the error (published with a confirm, then acknowledged).
/// </summary>
internal sealed class BatchProcessor(
    WorkerOptions options, Func<Document, ArticleAnalysis> analyze, ResilientStore store, WorkerChannel channel,
    WorkerCounters counters, Action<string> log)
{
    /// <summary>Processes the batch; false when the worker was stopped while the store was unreachable (the batch went back to the queue).</summary>
    public async Task<bool> ProcessAsync(IReadOnlyList<Delivery> batch, CancellationToken stop)
    {
        var results = Analyze(batch);
        var good = new List<Delivery>(batch.Count);
        var analyses = new List<ArticleAnalysis>(batch.Count);
        for (var i = 0; i < batch.Count; i++)
        {
            if (results[i].Analysis is { } analysis)
            {
                good.Add(batch[i]);
                analyses.Add(analysis);
            }
            else
            {
                await FailAsync(batch[i], results[i].Error!);
            }
        }
        if (good.Count == 0) return true;
        var start = Stopwatch.GetTimestamp();
        StoreBatchResult? stored;
        try
        {
            stored = store.Add(analyses, stop);
        }
        catch (StoreException ex)
        {
            log($"store: a batch of {analyses.Count} failed ({ex.Message}); storing its articles one by one");
            counters.AddStoreTicks(Stopwatch.GetTimestamp() - start);
            await StoreOneByOneAsync(good, analyses, stop);
            return !stop.IsCancellationRequested;
        }
        counters.AddStoreTicks(Stopwatch.GetTimestamp() - start);
        if (stored is null)
        {
            await channel.RequeueAsync(good);
            return false;
        }
        counters.AddStored(stored.Added, stored.Skipped);
        await AckAsync(good);
        return true;
    }

    private (ArticleAnalysis? Analysis, string? Error)[] Analyze(IReadOnlyList<Delivery> batch)
    {
        var start = Stopwatch.GetTimestamp();
        var results = new (ArticleAnalysis?, string?)[batch.Count];
        if (options.Parallelism <= 1 || batch.Count == 1)
        {
            for (var i = 0; i < batch.Count; i++) results[i] = AnalyzeOne(batch[i]);
        }
        else
        {
            Parallel.For(0, batch.Count, new ParallelOptions { MaxDegreeOfParallelism = options.Parallelism }, i => results[i] = AnalyzeOne(batch[i]));
        }
        counters.AddAnalyzeTicks(Stopwatch.GetTimestamp() - start);
        return results;
    }

    private (ArticleAnalysis?, string?) AnalyzeOne(Delivery delivery)
    {
        try
        {
            return (analyze(QueuedArticle.Decode(delivery.Body)), null);
        }
        catch (Exception ex) when (ex is not OperationCanceledException and not OutOfMemoryException)
        {
            // Any failure of one article (unreadable message, pipeline error, a bug hit by odd text) is that article's.
            return (null, ex.GetType().Name + ": " + ex.Message);
        }
    }

    private async Task StoreOneByOneAsync(List<Delivery> deliveries, List<ArticleAnalysis> analyses, CancellationToken stop)
    {
        for (var i = 0; i < deliveries.Count; i++)
        {
            StoreBatchResult? stored;
            try
            {
                stored = store.Add([analyses[i]], stop);
            }
            catch (StoreException ex)
            {
                await FailAsync(deliveries[i], "StoreException: " + ex.Message);
                continue;
            }
            if (stored is null)
            {
                await channel.RequeueAsync(deliveries.GetRange(i, deliveries.Count - i));
                return;
            }
            counters.AddStored(stored.Added, stored.Skipped);
            await AckAsync([deliveries[i]]);
        }
    }

    private async Task AckAsync(IReadOnlyList<Delivery> deliveries)
    {
        var start = Stopwatch.GetTimestamp();
        await channel.AckAsync(deliveries);
        counters.AddBrokerTicks(Stopwatch.GetTimestamp() - start);
    }

    private async Task FailAsync(Delivery delivery, string error)
    {
        var attempt = delivery.PreviousDeliveries + 1;
        if (attempt < options.Attempts)
        {
            log($"article {delivery.MessageId ?? "(no id)"}: attempt {attempt} of {options.Attempts} failed ({error}); returned to the queue");
            counters.AddRetried();
            await channel.RequeueAsync([delivery]);
            return;
        }
        log($"article {delivery.MessageId ?? "(no id)"}: attempt {attempt} of {options.Attempts} failed ({error}); dead-lettered");
        if (await channel.DeadLetterAsync(delivery, error, attempt)) counters.AddDeadLettered();
    }
}
