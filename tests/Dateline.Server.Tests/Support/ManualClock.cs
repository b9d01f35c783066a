namespace Dateline.Server.Tests.Support;

/// <summary>A clock that moves only when the test says so (timestamps in milliseconds).</summary>
internal sealed class ManualClock : TimeProvider
{
    private long _now = 1_000_000;

    public override long TimestampFrequency => 1000;

    public override long GetTimestamp() => Interlocked.Read(ref _now);

    public void Advance(TimeSpan by) => Interlocked.Add(ref _now, (long)by.TotalMilliseconds);
}
