using System.Collections.Concurrent;
using System.Diagnostics;

namespace Dateline.Server;

/// <summary>
/// A short-lived cache of read responses by URL. Writes through this server clear it at once; writes by another
/// process (a running <c>dateline ingest</c>) show after at most <see cref="Lifetime"/>. Bounded: when full it
/// is emptied rather than tracked entry by entry.
/// </summary>
internal sealed class ResponseCache(TimeSpan lifetime, int capacity = 4096)
{
    private readonly ConcurrentDictionary<string, Entry> _entries = new(StringComparer.Ordinal);
    private long _generation;

    /// <summary>How long an answer is served without asking the store again.</summary>
    public TimeSpan Lifetime => lifetime;

    /// <summary>The cached body for <paramref name="key"/>, or null when absent or expired.</summary>
    public byte[]? Get(string key)
    {
        if (lifetime <= TimeSpan.Zero || !_entries.TryGetValue(key, out var entry)) return null;
        if (entry.Generation != Volatile.Read(ref _generation) || Stopwatch.GetElapsedTime(entry.Stored) > lifetime)
        {
            _entries.TryRemove(key, out _);
            return null;
        }
        return entry.Body;
    }

    /// <summary>Keeps <paramref name="body"/>, unless a write happened since <paramref name="generation"/> was read.</summary>
    public void Put(string key, byte[] body, long generation)
    {
        if (lifetime <= TimeSpan.Zero || generation != Volatile.Read(ref _generation)) return;
        if (_entries.Count >= capacity) _entries.Clear();
        _entries[key] = new Entry(body, Stopwatch.GetTimestamp(), generation);
    }

    /// <summary>The current generation: read it before reading the store, pass it to <see cref="Put"/>.</summary>
    public long Generation => Volatile.Read(ref _generation);

    /// <summary>Forgets every answer (after a write).</summary>
    public void Clear()
    {
        Interlocked.Increment(ref _generation);
        _entries.Clear();
    }

    private sealed record Entry(byte[] Body, long Stored, long Generation);
}
