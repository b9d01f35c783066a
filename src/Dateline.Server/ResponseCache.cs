using System.Collections.Concurrent;
using System.Diagnostics;

namespace Dateline.Server;

/// <summary>
/// A short-lived cache of read answers by URL. Concurrent requests for the same missing answer wait for one
/// read of the store instead of each making it. Writes through this server clear the cache at once; writes by
/// another process (a running <c>dateline ingest</c>) show after at most <see cref="Lifetime"/>. Bounded: when
/// full it is emptied rather than tracked entry by entry.
/// </summary>
internal sealed class ResponseCache(TimeSpan lifetime, int capacity = 4096)
{
    private readonly ConcurrentDictionary<string, Entry> _entries = new(StringComparer.Ordinal);
    private long _generation;

    /// <summary>How long an answer is served without asking the store again; zero or less turns the cache off.</summary>
    public TimeSpan Lifetime => lifetime;

    /// <summary>The answer for <paramref name="key"/>: a fresh cached one, or <paramref name="read"/>'s (run once for all waiting requests).</summary>
    public byte[] GetOrAdd(string key, Func<byte[]> read)
    {
        if (lifetime <= TimeSpan.Zero) return read();
        if (_entries.Count >= capacity) _entries.Clear();
        while (true)
        {
            var generation = Volatile.Read(ref _generation);
            var entry = _entries.GetOrAdd(key, _ => new Entry(new Lazy<byte[]>(read, LazyThreadSafetyMode.ExecutionAndPublication), Stopwatch.GetTimestamp(), generation));
            if (entry.Generation != generation || Stopwatch.GetElapsedTime(entry.Created) > lifetime)
            {
                _entries.TryRemove(new KeyValuePair<string, Entry>(key, entry));
                continue;
            }
            try
            {
                return entry.Body.Value;
            }
            catch
            {
                _entries.TryRemove(new KeyValuePair<string, Entry>(key, entry));
                throw;
            }
        }
    }

    /// <summary>Forgets every answer (after a write).</summary>
    public void Clear()
    {
        Interlocked.Increment(ref _generation);
        _entries.Clear();
    }

    private sealed record Entry(Lazy<byte[]> Body, long Created, long Generation);
}
