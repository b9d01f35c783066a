namespace Dateline.Server.Tests;

public sealed class ResponseCacheTest
{
    [Fact]
    public void A_cached_answer_is_served_until_a_write_clears_it()
    {
        var cache = new ResponseCache(TimeSpan.FromMinutes(5));
        var reads = 0;
        byte[] Read() => [(byte)++reads];
        Assert.Equal([1], cache.GetOrAdd("/api/events", Read));
        Assert.Equal([1], cache.GetOrAdd("/api/events", Read));
        cache.Clear();
        Assert.Equal([2], cache.GetOrAdd("/api/events", Read));
    }

    [Fact]
    public async Task Concurrent_misses_read_the_store_once()
    {
        var cache = new ResponseCache(TimeSpan.FromMinutes(5));
        var reads = 0;
        byte[] Read()
        {
            Interlocked.Increment(ref reads);
            Thread.Sleep(50);
            return [9];
        }
        var answers = await Task.WhenAll(Enumerable.Range(0, 8).Select(_ => Task.Run(() => cache.GetOrAdd("/api/series", Read))));
        Assert.All(answers, a => Assert.Equal([9], a));
        Assert.Equal(1, reads);
    }

    [Fact]
    public void An_expired_answer_or_a_zero_lifetime_reads_again()
    {
        var reads = 0;
        byte[] Read() => [(byte)++reads];
        var expired = new ResponseCache(TimeSpan.FromTicks(1));
        expired.GetOrAdd("/api/actors", Read);
        Thread.Sleep(5);
        Assert.Equal([2], expired.GetOrAdd("/api/actors", Read));
        var off = new ResponseCache(TimeSpan.Zero);
        off.GetOrAdd("/api/actors", Read);
        Assert.Equal([4], off.GetOrAdd("/api/actors", Read));
    }

    [Fact]
    public void A_failed_read_is_not_kept()
    {
        var cache = new ResponseCache(TimeSpan.FromMinutes(5));
        Assert.Throws<InvalidOperationException>(() => cache.GetOrAdd("/api/quotes", () => throw new InvalidOperationException("store gone")));
        Assert.Equal([5], cache.GetOrAdd("/api/quotes", () => [5]));
    }
}
