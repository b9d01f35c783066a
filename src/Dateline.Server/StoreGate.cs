using System.Collections.Concurrent;
using Dateline.Storage;

namespace Dateline.Server;

/// <summary>
/// Open stores lent to one request at a time (a store instance is not thread-safe). Up to
/// <see cref="MaxOpen"/> are opened as concurrent requests need them and kept for the next; SQLite's WAL lets
/// them read side by side while a write is under way.
/// </summary>
internal sealed class StoreGate : IDisposable
{
    private readonly string _location;
    private readonly ConcurrentBag<IArticleStore> _idle = [];
    private readonly SemaphoreSlim _slots;
    private int _disposed;

    /// <summary>Opens the first store now, so that a bad location fails at start-up.</summary>
    /// <exception cref="StoreException">The store cannot be opened.</exception>
    public StoreGate(string location, int maxOpen)
    {
        _location = location;
        MaxOpen = maxOpen;
        _slots = new SemaphoreSlim(maxOpen, maxOpen);
        _idle.Add(ArticleStore.Open(location));
    }

    /// <summary>The most stores open at once.</summary>
    public int MaxOpen { get; }

    /// <summary>Runs <paramref name="work"/> with a store no other request is using.</summary>
    public T Use<T>(Func<IArticleStore, T> work)
    {
        ObjectDisposedException.ThrowIf(Volatile.Read(ref _disposed) != 0, this);
        _slots.Wait();
        return Run(work);
    }

    /// <summary>As <see cref="Use"/>, but waits for a free store without holding a thread.</summary>
    public async ValueTask<T> UseAsync<T>(Func<IArticleStore, T> work)
    {
        ObjectDisposedException.ThrowIf(Volatile.Read(ref _disposed) != 0, this);
        await _slots.WaitAsync();
        return Run(work);
    }

    /// <summary>Runs <paramref name="work"/> on an idle (or newly opened) store; the caller holds a slot, released here.</summary>
    private T Run<T>(Func<IArticleStore, T> work)
    {
        IArticleStore? store = null;
        try
        {
            store = _idle.TryTake(out var idle) ? idle : ArticleStore.Open(_location);
            return work(store);
        }
        finally
        {
            if (store is not null) _idle.Add(store);
            _slots.Release();
        }
    }

    public void Dispose()
    {
        if (Interlocked.Exchange(ref _disposed, 1) != 0) return;
        while (_idle.TryTake(out var store)) store.Dispose();
        _slots.Dispose();
    }
}
