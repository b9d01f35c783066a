using Dateline.Server.Tests.Support;

namespace Dateline.Server.Tests;

public sealed class ResponseCacheTest
{
    private static readonly TimeSpan Second = TimeSpan.FromSeconds(1);

    private static CachedBody Body(int value) => CachedBody.Of([(byte)value]);

    private static async Task<byte> GetAsync(ResponseCache cache, string key, Func<CachedBody> read) =>
        (await cache.GetOrAddAsync(key, () => ValueTask.FromResult(read()))).Bytes[0];

    [Fact]
    public async Task A_cached_answer_is_served_until_a_write_clears_it()
    {
        var cache = new ResponseCache(TimeSpan.FromMinutes(5));
        var reads = 0;
        CachedBody Read() => Body(++reads);
        Assert.Equal(1, await GetAsync(cache, "/api/events", Read));
        Assert.Equal(1, await GetAsync(cache, "/api/events", Read));
        cache.Clear();
        Assert.Equal(2, await GetAsync(cache, "/api/events", Read));
    }

    [Fact]
    public async Task Concurrent_misses_read_the_store_once()
    {
        var cache = new ResponseCache(TimeSpan.FromMinutes(5));
        var reads = 0;
        var release = new TaskCompletionSource();
        async ValueTask<CachedBody> Read()
        {
            Interlocked.Increment(ref reads);
            await release.Task;
            return Body(9);
        }
        var waiting = Enumerable.Range(0, 8).Select(_ => cache.GetOrAddAsync("/api/series", Read).AsTask()).ToList();
        Assert.All(waiting, w => Assert.False(w.IsCompleted));
        release.SetResult();
        var answers = await Task.WhenAll(waiting);
        Assert.All(answers, a => Assert.Equal(9, a.Bytes[0]));
        Assert.Equal(1, reads);
    }

    [Fact]
    public async Task An_expired_answer_or_a_zero_lifetime_reads_again()
    {
        var reads = 0;
        CachedBody Read() => Body(++reads);
        var clock = new ManualClock();
        var expiring = new ResponseCache(Second, clock: clock);
        await GetAsync(expiring, "/api/actors", Read);
        clock.Advance(2 * Second);
        Assert.Equal(2, await GetAsync(expiring, "/api/actors", Read));
        var off = new ResponseCache(TimeSpan.Zero);
        await GetAsync(off, "/api/actors", Read);
        Assert.Equal(4, await GetAsync(off, "/api/actors", Read));
    }

    [Fact]
    public async Task Past_half_its_lifetime_an_answer_is_read_again_while_the_others_still_get_it()
    {
        var clock = new ManualClock();
        var cache = new ResponseCache(Second, clock: clock);
        Assert.Equal(1, await GetAsync(cache, "/api/events", () => Body(1)));
        clock.Advance(0.6 * Second);
        var release = new TaskCompletionSource();
        var refresh = cache.GetOrAddAsync("/api/events", async () =>
        {
            await release.Task;
            return Body(2);
        }).AsTask();
        Assert.False(refresh.IsCompleted);
        Assert.Equal(1, await GetAsync(cache, "/api/events", () => throw new InvalidOperationException("a second read")));
        release.SetResult();
        Assert.Equal(2, (await refresh).Bytes[0]);
        Assert.Equal(2, await GetAsync(cache, "/api/events", () => Body(3)));
    }

    [Fact]
    public async Task An_answer_past_its_lifetime_is_never_served_while_it_is_read_again()
    {
        var clock = new ManualClock();
        var cache = new ResponseCache(Second, clock: clock);
        await GetAsync(cache, "/api/events", () => Body(1));
        clock.Advance(0.6 * Second);
        var release = new TaskCompletionSource();
        var refresh = cache.GetOrAddAsync("/api/events", async () =>
        {
            await release.Task;
            return Body(2);
        }).AsTask();
        clock.Advance(0.5 * Second);
        var waiting = cache.GetOrAddAsync("/api/events", () => throw new InvalidOperationException("a second read")).AsTask();
        Assert.False(waiting.IsCompleted);
        release.SetResult();
        Assert.Equal(2, (await waiting).Bytes[0]);
        Assert.Equal(2, (await refresh).Bytes[0]);
    }

    [Fact]
    public async Task A_failed_read_is_not_kept()
    {
        var cache = new ResponseCache(TimeSpan.FromMinutes(5));
        await Assert.ThrowsAsync<InvalidOperationException>(() => GetAsync(cache, "/api/quotes", () => throw new InvalidOperationException("store gone")));
        Assert.Equal(5, await GetAsync(cache, "/api/quotes", () => Body(5)));
    }

    [Fact]
    public async Task A_full_cache_is_emptied_and_keeps_answering()
    {
        var cache = new ResponseCache(TimeSpan.FromMinutes(5), capacity: 2);
        var reads = 0;
        CachedBody Read() => Body(++reads);
        await GetAsync(cache, "/a", Read);
        await GetAsync(cache, "/b", Read);
        Assert.Equal(3, await GetAsync(cache, "/c", Read));
        Assert.Equal(4, await GetAsync(cache, "/a", Read));
        Assert.Equal(3, await GetAsync(cache, "/c", Read));
    }
}
