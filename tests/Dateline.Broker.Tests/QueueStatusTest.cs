using Dateline.Broker.Tests.Support;

namespace Dateline.Broker.Tests;

/// <summary>What <c>dateline status</c> reads: queue counts from the broker, per-worker counts from heartbeats.</summary>
[Collection(BrokerCollection.Name)]
[Trait("Category", BrokerCollection.Category)]
public sealed class QueueStatusTest
{
    [SkippableFact]
    public async Task StatusShowsTheEmptiedQueueAndEachWorkersCountsFromItsHeartbeats()
    {
        using var deployment = new TestDeployment();
        await deployment.EnqueueAsync(0, 30);
        using var worker = deployment.StartWorker("counted", "--batch", "10");
        deployment.WaitForStored(30, TimeSpan.FromMinutes(5), worker);
        QueueStatus? status = null;
        // The worker's counts reach its next heartbeat (every 2 s) after the last commit.
        for (var i = 0; i < 10 && status?.Workers.FirstOrDefault(w => w.Worker == "counted")?.Stored != 30; i++)
        {
            status = await QueueStatus.ReadAsync(deployment.Broker, deployment.Names, TimeSpan.FromSeconds(3), _ => { }, CancellationToken.None);
        }
        Assert.Equal(0, worker.Terminate(TimeSpan.FromSeconds(60)));
        Assert.NotNull(status);
        Assert.Equal(0, status.Waiting);
        Assert.Equal(1, status.Consumers);
        Assert.Equal(0, status.DeadLetters);
        var heard = Assert.Single(status.Workers);
        Assert.Equal("counted", heard.Worker);
        Assert.Equal("running", heard.State);
        Assert.Equal(30, heard.Stored);
        Assert.Equal(0, heard.DeadLettered);
        Assert.True(heard.AnalyzeMs > 0);
    }
}
