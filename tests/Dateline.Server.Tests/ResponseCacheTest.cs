namespace Dateline.Server.Tests;

public sealed class ResponseCacheTest
{
    [Fact]
    public void A_stored_answer_is_served_until_a_write_clears_it()
    {
        var cache = new ResponseCache(TimeSpan.FromMinutes(5));
        cache.Put("/api/events", [1, 2, 3], cache.Generation);
        Assert.Equal([1, 2, 3], cache.Get("/api/events"));
        cache.Clear();
        Assert.Null(cache.Get("/api/events"));
    }

    [Fact]
    public void An_answer_read_before_a_write_is_not_kept_after_it()
    {
        var cache = new ResponseCache(TimeSpan.FromMinutes(5));
        var generation = cache.Generation;
        cache.Clear();
        cache.Put("/api/quotes", [7], generation);
        Assert.Null(cache.Get("/api/quotes"));
    }

    [Fact]
    public void An_expired_answer_or_a_zero_lifetime_serves_nothing()
    {
        var expired = new ResponseCache(TimeSpan.FromTicks(1));
        expired.Put("/api/actors", [1], expired.Generation);
        Thread.Sleep(5);
        Assert.Null(expired.Get("/api/actors"));
        var off = new ResponseCache(TimeSpan.Zero);
        off.Put("/api/actors", [1], off.Generation);
        Assert.Null(off.Get("/api/actors"));
    }
}
