using System.Net.Sockets;
using Dateline.Broker.Tests.Support;
using Dateline.Storage;

namespace Dateline.Broker.Tests;

public sealed class ResilientStoreTest
{
    [Fact]
    public void ALostConnectionIsRetriedAndADataProblemIsNot()
    {
        Assert.True(ResilientStore.IsConnectionProblem(new StoreException("batch failed", new IOException("stream closed", new SocketException(104)))));
        Assert.False(ResilientStore.IsConnectionProblem(new StoreException("batch failed", new InvalidOperationException("bad row"))));
    }

    [Fact]
    public void ALostRaceWithAnotherWriterIsContentionAndAMissingTableIsNot()
    {
        Assert.True(ResilientStore.IsContention(new StoreException("batch failed", new FakeDbException("40P01"))));
        Assert.True(ResilientStore.IsContention(new StoreException("batch failed", new FakeDbException("23505"))));
        Assert.False(ResilientStore.IsContention(new StoreException("batch failed", new FakeDbException("42P01"))));
        Assert.False(ResilientStore.IsConnectionProblem(new StoreException("batch failed", new FakeDbException("42P01"))));
        Assert.True(ResilientStore.IsConnectionProblem(new StoreException("batch failed", new FakeDbException("57P01"))));
    }

    [Fact]
    public void ABatchIsStoredThroughTheStoreAndStoredArticlesAreSkipped()
    {
        var path = Path.Combine(Path.GetTempPath(), "dateline-resilient-" + Guid.NewGuid().ToString("N") + ".db");
        try
        {
            using var store = new ResilientStore(path, _ => { }, _ => { });
            store.Open(CancellationToken.None);
            var corpus = new Dateline.Storage.Synthetic.SyntheticCorpus(7, eventsPerArticle: 2);
            var batch = new[] { corpus.Next(0), corpus.Next(1) };
            Assert.Equal(2, store.Add(batch, CancellationToken.None)!.Added);
            Assert.Equal(2, store.Add(batch, CancellationToken.None)!.Skipped);
        }
        finally
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            foreach (var file in Directory.GetFiles(Path.GetTempPath(), Path.GetFileName(path) + "*")) File.Delete(file);
        }
    }

    [Fact]
    public void AStopWhileRetryingGivesTheBatchBack()
    {
        using var stop = new CancellationTokenSource();
        stop.Cancel();
        using var store = new ResilientStore(Path.Combine(Path.GetTempPath(), "unused.db"), _ => { }, _ => { });
        Assert.Null(store.Add([], stop.Token));
    }
}
