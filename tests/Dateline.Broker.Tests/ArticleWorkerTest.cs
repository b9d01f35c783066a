using Dateline.Broker.Tests.Support;

namespace Dateline.Broker.Tests;

/// <summary>
/// Real <c>dateline worker</c> processes on the test broker and the test PostgreSQL cluster: 2,000 articles
/// through two workers, stored exactly once each, also when a worker is killed mid-batch, when the broker
/// restarts and when the database restarts during the run. Full analysis pipeline; bounded by generous guards
/// (minutes), not by timings.
/// </summary>
[Collection(BrokerCollection.Name)]
[Trait("Category", BrokerCollection.Category)]
public sealed class ArticleWorkerTest
{
    private const int Articles = 2000;
    private static readonly TimeSpan RunLimit = TimeSpan.FromMinutes(10);
    private static readonly TimeSpan StopLimit = TimeSpan.FromSeconds(60);

    [SkippableFact]
    public async Task TwoWorkersStoreTwoThousandArticlesExactlyOnceAndExitCleanlyOnSigterm()
    {
        using var deployment = new TestDeployment();
        await deployment.EnqueueAsync(0, Articles);
        using var first = deployment.StartWorker("first");
        using var second = deployment.StartWorker("second");
        deployment.WaitForStored(Articles, RunLimit, first, second);
        Assert.Equal(0, first.Terminate(StopLimit));
        Assert.Equal(0, second.Terminate(StopLimit));
        deployment.AssertStoredExactlyOnce(Articles);
        Assert.Equal((0u, 0u), await deployment.QueueCountsAsync());
        // Both took part: the queue was shared, not drained by whichever started first.
        Assert.Matches(@"stopped: [1-9]\d* stored", first.Log);
        Assert.Matches(@"stopped: [1-9]\d* stored", second.Log);
    }

    [SkippableFact]
    public async Task AWorkerKilledMidBatchLosesNothingAndDuplicatesNothing()
    {
        using var deployment = new TestDeployment();
        await deployment.EnqueueAsync(0, Articles);
        using var victim = deployment.StartWorker("victim");
        using var survivor = deployment.StartWorker("survivor");
        // Mid-run, each worker holds up to a prefetch of unacknowledged messages and a batch being analyzed.
        deployment.WaitForStored(Articles / 4, RunLimit, victim, survivor);
        Assert.False(victim.HasExited, "the worker to kill had already stopped:\n" + victim.Log);
        victim.Kill();
        using var replacement = deployment.StartWorker("replacement");
        deployment.WaitForStored(Articles, RunLimit, survivor, replacement);
        Assert.Equal(0, survivor.Terminate(StopLimit));
        Assert.Equal(0, replacement.Terminate(StopLimit));
        deployment.AssertStoredExactlyOnce(Articles);
        Assert.Equal(0u, (await deployment.QueueCountsAsync()).Dead);
    }

    [SkippableFact]
    public Task ARunSurvivesABrokerRestartWithEveryArticleStoredOnce() =>
        // The start limit is a guard, not a timing: the broker starts in seconds on a quiet machine, in two minutes under a load of 80.
        RunSurvivesARestart(BrokerServices.BrokerControl(), TimeSpan.FromSeconds(90), TimeSpan.FromSeconds(2), TimeSpan.FromSeconds(360),
            "broker: reconnected");

    [SkippableFact]
    public Task ARunSurvivesADatabaseRestartWithEveryArticleStoredOnce() =>
        RunSurvivesARestart(BrokerServices.PostgresControl(), TimeSpan.FromSeconds(60), TimeSpan.FromSeconds(3), TimeSpan.FromSeconds(300),
            "store: ");

    /// <summary>
    /// Two workers drain the queue while a service is stopped and started again mid-run; the workers must log
    /// <paramref name="recoveryLine"/> (the client's recovery runs on its own timer, so it is waited for) and
    /// every article must be stored exactly once with nothing dead-lettered.
    /// </summary>
    private static async Task RunSurvivesARestart(string control, TimeSpan stopLimit, TimeSpan pause, TimeSpan startLimit, string recoveryLine)
    {
        using var deployment = new TestDeployment();
        await deployment.EnqueueAsync(0, Articles);
        using var first = deployment.StartWorker("first");
        using var second = deployment.StartWorker("second");
        deployment.WaitForStored(Articles / 4, RunLimit, first, second);
        try
        {
            BrokerServices.Control(control, "stop", stopLimit);
            Thread.Sleep(pause);
        }
        finally
        {
            BrokerServices.Control(control, "start", startLimit);
        }
        deployment.WaitForStored(Articles, RunLimit, first, second);
        TestDeployment.WaitForLog(recoveryLine, TimeSpan.FromSeconds(120), first, second);
        Assert.Equal(0, first.Terminate(StopLimit));
        Assert.Equal(0, second.Terminate(StopLimit));
        deployment.AssertStoredExactlyOnce(Articles);
        Assert.Equal(0u, (await deployment.QueueCountsAsync()).Dead);
    }
}
