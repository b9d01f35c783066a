namespace Dateline.Broker.Tests;

public sealed class BrokerConnectionTest
{
    [Fact]
    public void PasswordsAreHiddenInMessages() =>
        Assert.Equal("amqp://worker:***@queue.example:5672/", BrokerConnection.Redact("amqp://worker:s3cret@queue.example:5672/"));

    [Theory]
    [InlineData("http://queue.example/")]
    [InlineData("queue.example:5672")]
    public void OnlyAmqpUrlsAreAccepted(string url) =>
        Assert.Contains("amqp://user:pass@host:port/vhost", Assert.Throws<FormatException>(() => BrokerConnection.ParseUrl(url)).Message);

    [Fact]
    public async Task AnUnreachableBrokerIsReportedByNameAfterThePatienceRunsOut()
    {
        // Port 1 on loopback refuses connections at once.
        var error = await Assert.ThrowsAsync<BrokerException>(() =>
            BrokerConnection.ConnectAsync("amqp://guest:guest@127.0.0.1:1/", "test", TimeSpan.FromSeconds(1), _ => { }, CancellationToken.None));
        Assert.Contains("127.0.0.1:1", error.Message);
        Assert.Contains("unreachable", error.Message);
    }
}
