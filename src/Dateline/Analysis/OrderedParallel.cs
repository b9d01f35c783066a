namespace Dateline.Analysis;

/// <summary>
/// Maps a sequence on several threads while yielding results in input order, with a bounded window
/// of work in flight so that memory stays flat on inputs of any length.
/// </summary>
public static class OrderedParallel
{
    /// <summary>Applies <paramref name="map"/> to each item, at most <paramref name="degreeOfParallelism"/> at a time, in input order.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="degreeOfParallelism"/> is less than 1.</exception>
    public static IEnumerable<TOut> Map<TIn, TOut>(
        IEnumerable<TIn> source, Func<TIn, TOut> map, int degreeOfParallelism, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(source);
        ArgumentNullException.ThrowIfNull(map);
        ArgumentOutOfRangeException.ThrowIfLessThan(degreeOfParallelism, 1);
        return degreeOfParallelism == 1
            ? Sequential(source, map, cancellationToken)
            : Windowed(source, map, degreeOfParallelism, cancellationToken);
    }

    private static IEnumerable<TOut> Sequential<TIn, TOut>(IEnumerable<TIn> source, Func<TIn, TOut> map, CancellationToken ct)
    {
        foreach (var item in source)
        {
            ct.ThrowIfCancellationRequested();
            yield return map(item);
        }
    }

    private static IEnumerable<TOut> Windowed<TIn, TOut>(IEnumerable<TIn> source, Func<TIn, TOut> map, int dop, CancellationToken ct)
    {
        var window = new Queue<Task<TOut>>();
        var limit = dop * 4;
        using var slots = new SemaphoreSlim(dop);
        foreach (var item in source)
        {
            ct.ThrowIfCancellationRequested();
            window.Enqueue(Task.Run(() => Run(item, map, slots, ct), ct));
            if (window.Count >= limit)
            {
                yield return window.Dequeue().GetAwaiter().GetResult();
            }
        }
        while (window.Count > 0)
        {
            yield return window.Dequeue().GetAwaiter().GetResult();
        }
    }

    private static TOut Run<TIn, TOut>(TIn item, Func<TIn, TOut> map, SemaphoreSlim slots, CancellationToken ct)
    {
        slots.Wait(ct);
        try
        {
            return map(item);
        }
        finally
        {
            slots.Release();
        }
    }
}
