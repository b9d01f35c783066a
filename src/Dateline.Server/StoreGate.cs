using Dateline.Storage;

namespace Dateline.Server;

/// <summary>
/// The one open store, used by one request at a time (the store is not thread-safe).
/// </summary>
internal sealed class StoreGate(IArticleStore store) : IDisposable
{
    private readonly Lock _lock = new();

    /// <summary>Runs <paramref name="work"/> with the store, alone.</summary>
    public T Use<T>(Func<IArticleStore, T> work)
    {
        lock (_lock)
        {
            return work(store);
        }
    }

    public void Dispose() => store.Dispose();
}
