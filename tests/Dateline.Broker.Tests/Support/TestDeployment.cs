using System.Diagnostics;
using Dateline.Storage;
using Npgsql;
using RabbitMQ.Client;

namespace Dateline.Broker.Tests.Support;

/// <summary>
/// One test's deployment: a work queue of its own on the test broker and a schema of its own in the test
/// database (so that tests and other suites sharing the cluster do not see each other), removed afterwards.
/// </summary>
internal sealed class TestDeployment : IDisposable
{
    private readonly string _schema = "bq" + Guid.NewGuid().ToString("N")[..12];
    private readonly string _database;

    public TestDeployment()
    {
        Broker = BrokerServices.Broker();
        _database = ConnectionString(BrokerServices.Postgres());
        Names = new QueueNames("dateline.test." + _schema);
        using var connection = new NpgsqlConnection(_database);
        connection.Open();
        using var command = new NpgsqlCommand($"CREATE SCHEMA {_schema}", connection);
        command.ExecuteNonQuery();
    }

    public string Broker { get; }

    public QueueNames Names { get; }

    /// <summary>The store location the workers get: the test database with this test's schema first on the search path.</summary>
    public string Store => new NpgsqlConnectionStringBuilder(_database) { SearchPath = _schema }.ConnectionString;

    public WorkerProcess StartWorker(string name, params string[] extra) => new(Broker, Names.Queue, Store, name, extra);

    /// <summary>Publishes test articles <paramref name="from"/> to <paramref name="to"/> (exclusive) to the work queue.</summary>
    public async Task EnqueueAsync(int from, int to)
    {
        await using var publisher = await ArticlePublisher.OpenAsync(Broker, Names, _ => { }, CancellationToken.None);
        for (var i = from; i < to; i++) await publisher.PublishAsync(TestArticles.Document(i), CancellationToken.None);
        await publisher.FlushAsync();
        Assert.Equal(to - from, publisher.Confirmed);
    }

    /// <summary>Publishes a raw message body to the work queue (for messages no enqueue would write).</summary>
    public async Task PublishRawAsync(byte[] body, string messageId)
    {
        await using var connection = await new ConnectionFactory { Uri = new Uri(Broker) }.CreateConnectionAsync();
        await using var channel = await connection.CreateChannelAsync(new CreateChannelOptions(true, true));
        await Topology.DeclareAsync(channel, Names, CancellationToken.None);
        await channel.BasicPublishAsync("", Names.Queue, true, new BasicProperties { Persistent = true, MessageId = messageId }, body);
    }

    /// <summary>Stored articles and distinct content hashes among them; null while the database is unreachable.</summary>
    public (long Rows, long Distinct)? Count()
    {
        try
        {
            using var connection = new NpgsqlConnection(_database);
            connection.Open();
            using var command = new NpgsqlCommand($"SELECT count(*), count(DISTINCT content_hash) FROM {_schema}.articles", connection);
            using var reader = command.ExecuteReader();
            reader.Read();
            return (reader.GetInt64(0), reader.GetInt64(1));
        }
        catch (PostgresException ex) when (ex.SqlState == "42P01")
        {
            return (0, 0); // no worker has created the tables yet
        }
        catch (NpgsqlException)
        {
            return null;
        }
    }

    /// <summary>Messages ready in the work queue and in the dead-letter queue.</summary>
    public async Task<(uint Ready, uint Dead)> QueueCountsAsync()
    {
        await using var connection = await new ConnectionFactory { Uri = new Uri(Broker) }.CreateConnectionAsync();
        await using var channel = await connection.CreateChannelAsync();
        return (await channel.MessageCountAsync(Names.Queue), await channel.MessageCountAsync(Names.DeadQueue));
    }

    /// <summary>Mention rows stored, and mentions in the stored analysis JSON: equal when no article was stored twice or in part.</summary>
    public (long Rows, long InJson) MentionCounts()
    {
        using var connection = new NpgsqlConnection(_database);
        connection.Open();
        using var command = new NpgsqlCommand(
            $"SELECT (SELECT count(*) FROM {_schema}.mentions), (SELECT coalesce(sum(jsonb_array_length(e->'mentions')), 0) " +
            $"FROM {_schema}.articles a, jsonb_array_elements(a.analysis_json::jsonb->'entities') e)", connection);
        using var reader = command.ExecuteReader();
        reader.Read();
        return (reader.GetInt64(0), Convert.ToInt64(reader.GetValue(1), System.Globalization.CultureInfo.InvariantCulture));
    }

    /// <summary>The content hashes of the stored articles.</summary>
    public HashSet<string> StoredHashes()
    {
        using var connection = new NpgsqlConnection(_database);
        connection.Open();
        using var command = new NpgsqlCommand($"SELECT content_hash FROM {_schema}.articles", connection);
        using var reader = command.ExecuteReader();
        var hashes = new HashSet<string>(StringComparer.Ordinal);
        while (reader.Read()) hashes.Add(reader.GetString(0));
        return hashes;
    }

    /// <summary>Waits until at least <paramref name="rows"/> articles are stored; fails when the workers all exit or time runs out.</summary>
    public void WaitForStored(long rows, TimeSpan limit, params WorkerProcess[] workers)
    {
        var clock = Stopwatch.StartNew();
        while (true)
        {
            if (Count() is { } count && count.Rows >= rows) return;
            if (workers.All(w => w.HasExited)) Assert.Fail($"every worker exited before {rows} articles were stored:\n" + string.Join("\n---\n", workers.Select(w => w.Log)));
            if (clock.Elapsed > limit) Assert.Fail($"fewer than {rows} articles stored after {limit.TotalSeconds} s ({Count()}):\n" + string.Join("\n---\n", workers.Select(w => w.Log)));
            Thread.Sleep(250);
        }
    }

    /// <summary>
    /// Waits until one of <paramref name="workers"/> has logged <paramref name="line"/> (a reconnection, say: the
    /// client's recovery runs on its own timer, so the line can come after the run's last article is stored).
    /// </summary>
    public static void WaitForLog(string line, TimeSpan limit, params WorkerProcess[] workers)
    {
        var clock = Stopwatch.StartNew();
        while (!workers.Any(w => w.Log.Contains(line, StringComparison.Ordinal)))
        {
            if (clock.Elapsed > limit) Assert.Fail($"'{line}' not logged by any worker after {limit.TotalSeconds} s:\n" + string.Join("\n---\n", workers.Select(w => w.Log)));
            Thread.Sleep(250);
        }
    }

    /// <summary>Asserts that articles 0 to <paramref name="n"/> are each stored once, and nothing else.</summary>
    public void AssertStoredExactlyOnce(int n)
    {
        var count = Count();
        Assert.NotNull(count);
        Assert.Equal((long)n, count.Value.Rows);
        Assert.Equal((long)n, count.Value.Distinct);
        var stored = StoredHashes();
        for (var i = 0; i < n; i++) Assert.Contains(ContentHash.Of(TestArticles.Text(i)), stored);
        var mentions = MentionCounts();
        Assert.True(mentions.InJson > 0, "the stored analyses have no entity mentions: the test articles were not analyzed");
        Assert.Equal(mentions.InJson, mentions.Rows);
    }

    public void Dispose()
    {
        try
        {
            using var connection = new NpgsqlConnection(_database);
            connection.Open();
            using var command = new NpgsqlCommand($"DROP SCHEMA IF EXISTS {_schema} CASCADE", connection);
            command.ExecuteNonQuery();
        }
        catch (NpgsqlException)
        {
            // Best effort: a test that failed with the database down leaves its schema behind.
        }
        try
        {
            DeleteQueuesAsync().GetAwaiter().GetResult();
        }
        catch (Exception ex) when (ex is RabbitMQ.Client.Exceptions.BrokerUnreachableException or RabbitMQ.Client.Exceptions.OperationInterruptedException)
        {
            // Best effort as well.
        }
    }

    private async Task DeleteQueuesAsync()
    {
        await using var connection = await new ConnectionFactory { Uri = new Uri(Broker) }.CreateConnectionAsync();
        await using var channel = await connection.CreateChannelAsync();
        await channel.QueueDeleteAsync(Names.Queue, ifUnused: false, ifEmpty: false);
        await channel.QueueDeleteAsync(Names.DeadQueue, ifUnused: false, ifEmpty: false);
        await channel.ExchangeDeleteAsync(Names.DeadExchange, ifUnused: false);
        await channel.ExchangeDeleteAsync(Names.StatusExchange, ifUnused: false);
    }

    // postgres://user:pass@host:port/db as tests/support/postgres.sh exports it, without pooling (the tests restart the server).
    private static string ConnectionString(string url)
    {
        var uri = new Uri(url);
        var user = uri.UserInfo.Split(':', 2);
        return new NpgsqlConnectionStringBuilder
        {
            Host = uri.Host,
            Port = uri.Port,
            Database = uri.AbsolutePath.TrimStart('/'),
            Username = Uri.UnescapeDataString(user[0]),
            Password = user.Length > 1 ? Uri.UnescapeDataString(user[1]) : null,
            Pooling = false,
        }.ConnectionString;
    }
}
