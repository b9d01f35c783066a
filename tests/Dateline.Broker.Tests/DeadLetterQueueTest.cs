using System.Text;
using Dateline.Broker.Tests.Support;

namespace Dateline.Broker.Tests;

/// <summary>Poison articles: dead-lettered with their error after the set number of attempts, listed, and moved back on request.</summary>
[Collection(BrokerCollection.Name)]
[Trait("Category", BrokerCollection.Category)]
public sealed class DeadLetterQueueTest
{
    [SkippableFact]
    public async Task APoisonArticleIsDeadLetteredWithItsErrorAfterTheSetAttemptsAndTheOthersAreStored()
    {
        using var deployment = new TestDeployment();
        await deployment.EnqueueAsync(0, 20);
        // A message the worker cannot read fails the same way on every delivery.
        await deployment.PublishRawAsync(Encoding.UTF8.GetBytes("{\"schema\":\"dateline.queued/1\",\"text\":42}"), "poison-1");
        await deployment.EnqueueAsync(20, 40);
        using var worker = deployment.StartWorker("solo", "--attempts", "3", "--batch", "8");
        deployment.WaitForStored(40, TimeSpan.FromMinutes(5), worker);
        var letters = await WaitForDeadLettersAsync(deployment, worker);
        Assert.Equal(0, worker.Terminate(TimeSpan.FromSeconds(60)));
        var letter = Assert.Single(letters);
        Assert.Equal("poison-1", letter.MessageId);
        Assert.Equal(3, letter.Attempts);
        Assert.Equal("solo", letter.Worker);
        Assert.Contains("'text' is not a string", letter.Error);
        Assert.Equal("(unreadable message)", letter.Title);
        // Two failed attempts went back to the queue before the third was dead-lettered.
        Assert.Equal(2, CountOccurrences(worker.Log, "returned to the queue"));
        deployment.AssertStoredExactlyOnce(40);
    }

    [SkippableFact]
    public async Task RequeuedDeadLettersLeaveTheDeadLetterQueueForTheWorkQueue()
    {
        using var deployment = new TestDeployment();
        await deployment.PublishRawAsync(Encoding.UTF8.GetBytes("not json"), "poison-2");
        using (var worker = deployment.StartWorker("solo", "--attempts", "1"))
        {
            await WaitForDeadLettersAsync(deployment, worker);
            Assert.Equal(0, worker.Terminate(TimeSpan.FromSeconds(60)));
        }
        var moved = await DeadLetterQueue.ReadAsync(deployment.Broker, deployment.Names, requeue: true, _ => { }, CancellationToken.None);
        Assert.Equal("poison-2", Assert.Single(moved).MessageId);
        Assert.Equal((1u, 0u), await deployment.QueueCountsAsync());
    }

    private static async Task<IReadOnlyList<DeadLetter>> WaitForDeadLettersAsync(TestDeployment deployment, WorkerProcess worker)
    {
        for (var i = 0; i < 600; i++)
        {
            if ((await deployment.QueueCountsAsync()).Dead > 0)
            {
                return await DeadLetterQueue.ReadAsync(deployment.Broker, deployment.Names, requeue: false, _ => { }, CancellationToken.None);
            }
            Assert.False(worker.HasExited, "the worker exited:\n" + worker.Log);
            await Task.Delay(250);
        }
        Assert.Fail("nothing was dead-lettered within 150 s:\n" + worker.Log);
        return [];
    }

    private static int CountOccurrences(string text, string part)
    {
        var count = 0;
        for (var i = text.IndexOf(part, StringComparison.Ordinal); i >= 0; i = text.IndexOf(part, i + 1, StringComparison.Ordinal)) count++;
        return count;
    }
}
