using RabbitMQ.Client;
using RabbitMQ.Client.Events;

namespace Dateline.Broker;

/// <summary>
/// The state of a deployment (<c>dateline status</c>): messages waiting in the work queue, consumers on it,
/// dead letters, and the latest heartbeat of every worker heard while listening to the status exchange.
/// </summary>
/// <param name="Waiting">Messages ready in the work queue (not counting those held by workers).</param>
/// <param name="Consumers">Consumers on the work queue (one per running worker).</param>
/// <param name="DeadLetters">Messages in the dead-letter queue.</param>
/// <param name="Workers">The latest heartbeat per worker, by name.</param>
internal sealed record QueueStatus(long Waiting, long Consumers, long DeadLetters, IReadOnlyList<Heartbeat> Workers)
{
    /// <summary>Finished articles per second over all running workers.</summary>
    public double PerSecond
    {
        get
        {
            var sum = 0.0;
            foreach (var worker in Workers) if (worker.State != "stopped") sum += worker.PerSecond;
            return sum;
        }
    }

    /// <summary>Reads the queue counts and listens to heartbeats for <paramref name="listen"/>.</summary>
    /// <exception cref="BrokerException">The broker cannot be reached.</exception>
    public static async Task<QueueStatus> ReadAsync(string url, QueueNames names, TimeSpan listen, Action<string> log, CancellationToken cancel)
    {
        await using var connection = await BrokerConnection.ConnectAsync(url, "dateline status", TimeSpan.FromSeconds(10), log, cancel);
        await using var channel = await connection.CreateChannelAsync(cancellationToken: cancel);
        await Topology.DeclareAsync(channel, names, cancel);
        var heard = new Dictionary<string, Heartbeat>(StringComparer.Ordinal);
        var listener = await channel.QueueDeclareAsync("", durable: false, exclusive: true, autoDelete: true, cancellationToken: cancel);
        await channel.QueueBindAsync(listener.QueueName, names.StatusExchange, "", cancellationToken: cancel);
        var consumer = new AsyncEventingBasicConsumer(channel);
        consumer.ReceivedAsync += (_, args) =>
        {
            if (Heartbeat.FromJson(args.Body.Span) is { } beat)
            {
                lock (heard) heard[beat.Worker] = beat;
            }
            return Task.CompletedTask;
        };
        await channel.BasicConsumeAsync(listener.QueueName, autoAck: true, consumer, cancel);
        await Task.Delay(listen, cancel);
        var waiting = await channel.MessageCountAsync(names.Queue, cancel);
        var consumers = await channel.ConsumerCountAsync(names.Queue, cancel);
        var dead = await channel.MessageCountAsync(names.DeadQueue, cancel);
        await channel.CloseAsync(cancel);
        List<Heartbeat> workers;
        lock (heard) workers = [.. heard.Values];
        workers.Sort((a, b) => string.CompareOrdinal(a.Worker, b.Worker));
        return new QueueStatus(waiting, consumers, dead, workers);
    }
}
