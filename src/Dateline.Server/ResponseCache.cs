using System.Collections.Concurrent;

namespace Dateline.Server;

/// <summary>
/// A short-lived cache of read answers by URL. No answer older than <see cref="Lifetime"/> is served: writes
/// through this server clear the cache at once, writes by another process (a running <c>dateline ingest</c>)
/// show within <see cref="Lifetime"/>. Concurrent requests for a missing answer wait for one read of the store,
/// asynchronously (no thread is blocked while they wait). An answer past half its lifetime is refreshed by the
/// next request while the others are still served the current one, so that a URL under steady load never makes
/// its clients wait for the store. Bounded: when full it is emptied rather than tracked entry by entry.
/// </summary>
/// <param name="lifetime">How long an answer is served; zero or less turns the cache off.</param>
/// <param name="capacity">Entries kept before the cache is emptied.</param>
/// <param name="clock">The clock (tests pass their own); the system's by default.</param>
internal sealed class ResponseCache(TimeSpan lifetime, int capacity = 4096, TimeProvider? clock = null)
{
    private readonly TimeProvider _clock = clock ?? TimeProvider.System;
    private readonly ConcurrentDictionary<string, Entry> _entries = new(StringComparer.Ordinal);
    private readonly long _lifetimeTicks = (long)(lifetime.TotalSeconds * (clock ?? TimeProvider.System).TimestampFrequency);
    private long _generation;
    private int _count;

    /// <summary>How long an answer is served without asking the store again; zero or less turns the cache off.</summary>
    public TimeSpan Lifetime => lifetime;

    /// <summary>The answer for <paramref name="key"/>: a fresh cached one, or <paramref name="read"/>'s (run once for all waiting requests).</summary>
    public async ValueTask<CachedBody> GetOrAddAsync(string key, Func<ValueTask<CachedBody>> read)
    {
        if (lifetime <= TimeSpan.Zero) return await read();
        while (true)
        {
            var generation = Volatile.Read(ref _generation);
            if (!_entries.TryGetValue(key, out var entry))
            {
                var first = new Entry(_clock.GetTimestamp(), generation, null, 0);
                if (Volatile.Read(ref _count) >= capacity) Clear(keepGeneration: true);
                if (!_entries.TryAdd(key, first)) continue;
                Interlocked.Increment(ref _count);
                return await FillAsync(key, first, read);
            }
            if (entry.Generation != generation)
            {
                _entries.TryRemove(new KeyValuePair<string, Entry>(key, entry));
                continue;
            }
            if (!entry.Filled.Task.IsCompleted)
            {
                // Being read: the previous answer while it is young enough, else wait for the read.
                if (entry.Previous is { } previous && Age(entry.PreviousCreated) <= _lifetimeTicks) return previous;
                return await entry.Filled.Task;
            }
            if (!entry.Filled.Task.IsCompletedSuccessfully)
            {
                _entries.TryRemove(new KeyValuePair<string, Entry>(key, entry));
                continue;
            }
            var body = entry.Filled.Task.Result;
            var age = Age(entry.Created);
            if (age <= _lifetimeTicks / 2) return body;
            // Half-way or past: one request reads again; a still-fresh answer is served to the others meanwhile.
            var next = new Entry(_clock.GetTimestamp(), generation, age <= _lifetimeTicks ? body : null, entry.Created);
            if (!_entries.TryUpdate(key, next, entry)) continue;
            return await FillAsync(key, next, read);
        }
    }

    /// <summary>Forgets every answer (after a write).</summary>
    public void Clear() => Clear(keepGeneration: false);

    private void Clear(bool keepGeneration)
    {
        if (!keepGeneration) Interlocked.Increment(ref _generation);
        _entries.Clear();
        Volatile.Write(ref _count, 0);
    }

    private async ValueTask<CachedBody> FillAsync(string key, Entry entry, Func<ValueTask<CachedBody>> read)
    {
        try
        {
            var body = await read();
            entry.Filled.SetResult(body);
            return body;
        }
        catch (Exception ex)
        {
            _entries.TryRemove(new KeyValuePair<string, Entry>(key, entry));
            entry.Filled.SetException(ex);
            _ = entry.Filled.Task.Exception; // observed here; waiting requests get it too
            throw;
        }
    }

    private long Age(long created) => _clock.GetTimestamp() - created;

    /// <summary>One URL's answer: read (or being read) since <see cref="Created"/>, with the answer it replaces.</summary>
    private sealed class Entry(long created, long generation, CachedBody? previous, long previousCreated)
    {
        public TaskCompletionSource<CachedBody> Filled { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public long Created => created;

        public long Generation => generation;

        public CachedBody? Previous => previous;

        public long PreviousCreated => previousCreated;
    }
}
