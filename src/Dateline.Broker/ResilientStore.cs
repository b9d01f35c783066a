using System.Data.Common;
using System.Net.Sockets;
using Dateline.Storage;
using Polly;
using Polly.Retry;

namespace Dateline.Broker;

/// <summary>
/// The worker's corpus store, reopened and retried when the database goes away. A batch that fails on a
/// connection problem (the database restarting, the network) is retried with backoff (0.5 s doubling to 15 s)
/// until it commits or the worker stops; a lost race with another worker (deadlock, serialization failure,
/// duplicate key) is retried at once, up to 20 attempts; any other failure is retried twice more. What still
/// fails is reported, so that the worker can try the articles one by one.
/// </summary>
internal sealed class ResilientStore(string location, Action<string> log, Action<bool> retrying) : IDisposable
{
    private const int OtherFailureAttempts = 3;
    private const int ContentionAttempts = 20;

    private readonly ResiliencePipeline _retry = Build(log, retrying);
    private IArticleStore? _store;

    /// <summary>
    /// Opens the store once, so that a wrong location fails the worker at start. Retried like a batch: workers
    /// started together race to migrate a new schema, and the losers succeed on the next attempt.
    /// </summary>
    /// <exception cref="StoreException">The store cannot be opened.</exception>
    public void Open(CancellationToken stop) => _store ??= _retry.Execute(_ => ArticleStore.Open(location), stop);

    /// <summary>Stores a batch in one transaction, retrying as described; null when the worker stopped while retrying.</summary>
    /// <exception cref="StoreException">A failure that is not a connection problem persisted.</exception>
    public StoreBatchResult? Add(IReadOnlyList<ArticleAnalysis> batch, CancellationToken stop)
    {
        try
        {
            var result = _retry.Execute(token =>
            {
                token.ThrowIfCancellationRequested();
                try
                {
                    _store ??= ArticleStore.Open(location);
                    return _store.Add(batch);
                }
                catch (Exception ex) when (ex is StoreException or DbException or InvalidOperationException or IOException)
                {
                    // A failed connection is not reused: the next attempt opens the store again.
                    Close();
                    if (ex is StoreException) throw;
                    throw new StoreException("storing a batch failed: " + ex.Message, ex);
                }
            }, stop);
            retrying(false);
            return result;
        }
        catch (OperationCanceledException) when (stop.IsCancellationRequested)
        {
            return null;
        }
    }

    public void Dispose() => Close();

    private void Close()
    {
        try
        {
            _store?.Dispose();
        }
        catch (Exception ex) when (ex is DbException or InvalidOperationException or IOException)
        {
            // Closing a broken connection may fail; it is dropped either way.
        }
        _store = null;
    }

    /// <summary>True when the failure is the database being unreachable or going away, as opposed to a problem with the data.</summary>
    public static bool IsConnectionProblem(Exception ex)
    {
        for (var e = ex; e is not null; e = e.InnerException)
        {
            if (e is SocketException or IOException or TimeoutException) return true;
            if (e is DbException db && (db.IsTransient || IsConnectionState(db.SqlState))) return true;
        }
        return false;
    }

    /// <summary>True when the transaction lost a race with another worker's: a deadlock, a serialization failure, a duplicate key.</summary>
    public static bool IsContention(Exception ex)
    {
        for (var e = ex; e is not null; e = e.InnerException)
        {
            if (e is DbException { SqlState: "40P01" or "40001" or "23505" }) return true;
        }
        return false;
    }

    // SQLSTATE classes: 08 connection exception, 53 insufficient resources, 57 operator intervention (shutdown, restart).
    private static bool IsConnectionState(string? state) => state is { Length: 5 } && (state.StartsWith("08", StringComparison.Ordinal)
        || state.StartsWith("53", StringComparison.Ordinal) || state.StartsWith("57", StringComparison.Ordinal));

    private static ResiliencePipeline Build(Action<string> log, Action<bool> retrying) =>
        new ResiliencePipelineBuilder().AddRetry(new RetryStrategyOptions
        {
            ShouldHandle = args => ValueTask.FromResult(args.Outcome.Exception is StoreException ex && (IsContention(ex)
                ? args.AttemptNumber + 1 < ContentionAttempts
                : IsConnectionProblem(ex) || args.AttemptNumber + 1 < OtherFailureAttempts)),
            // Workers writing the same new entities or events at once deadlock now and then: PostgreSQL aborts one
            // transaction, which is retried at once (after a short random pause) rather than after the backoff.
            DelayGenerator = args => ValueTask.FromResult<TimeSpan?>(args.Outcome.Exception is { } e && IsContention(e)
                ? TimeSpan.FromMilliseconds(Random.Shared.Next(10, 150))
                : null),
            MaxRetryAttempts = int.MaxValue,
            BackoffType = DelayBackoffType.Exponential,
            UseJitter = true,
            Delay = TimeSpan.FromMilliseconds(500),
            MaxDelay = TimeSpan.FromSeconds(15),
            OnRetry = args =>
            {
                retrying(true);
                log($"store: {args.Outcome.Exception?.Message}; retry {args.AttemptNumber + 1} in {args.RetryDelay.TotalSeconds:0.#} s");
                return ValueTask.CompletedTask;
            },
        }).Build();
}
