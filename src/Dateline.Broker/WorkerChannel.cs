using System.Globalization;
using System.Text;
using System.Threading.Channels;
using RabbitMQ.Client;
using RabbitMQ.Client.Events;
using RabbitMQ.Client.Exceptions;

namespace Dateline.Broker;

/// <summary>
/// A worker's side of the broker: one connection with automatic recovery, one channel with publisher confirms
/// and a bounded prefetch, one consumer feeding an in-process inbox. Every connection loss starts a new
/// generation: messages of an older generation were returned to the queue by the broker, so they are never
/// acknowledged or returned by this worker (the store skips them when they come again).
/// </summary>
internal sealed class WorkerChannel : IAsyncDisposable
{
    private readonly IConnection _connection;
    private readonly IChannel _channel;
    private readonly QueueNames _names;
    private readonly string _worker;
    private readonly Action<string> _log;
    private readonly Channel<Delivery> _inbox = Channel.CreateUnbounded<Delivery>(new UnboundedChannelOptions { SingleReader = true });
    private int _generation;
    private string? _consumerTag;
    private volatile bool _closing;

    private WorkerChannel(IConnection connection, IChannel channel, QueueNames names, string worker, Action<string> log)
    {
        _connection = connection;
        _channel = channel;
        _names = names;
        _worker = worker;
        _log = log;
        _connection.ConnectionShutdownAsync += (_, args) =>
        {
            Interlocked.Increment(ref _generation);
            if (!_closing) _log($"broker: connection lost ({args.ReplyText}); unacknowledged messages go back to the queue, reconnecting");
            return Task.CompletedTask;
        };
        _connection.RecoverySucceededAsync += (_, _) =>
        {
            _log("broker: reconnected, consuming again");
            return Task.CompletedTask;
        };
    }

    /// <summary>The deliveries received and not yet taken.</summary>
    public ChannelReader<Delivery> Inbox => _inbox.Reader;

    public static async Task<WorkerChannel> OpenAsync(WorkerOptions options, Action<string> log, CancellationToken cancel)
    {
        var connection = await BrokerConnection.ConnectAsync(options.BrokerUrl, "dateline worker " + options.WorkerName, options.ConnectPatience, log, cancel);
        try
        {
            var channel = await connection.CreateChannelAsync(
                new CreateChannelOptions(publisherConfirmationsEnabled: true, publisherConfirmationTrackingEnabled: true), cancel);
            await Topology.DeclareAsync(channel, options.Names, cancel);
            await channel.BasicQosAsync(0, options.Prefetch, global: false, cancel);
            return new WorkerChannel(connection, channel, options.Names, options.WorkerName, log);
        }
        catch
        {
            await connection.DisposeAsync();
            throw;
        }
    }

    /// <summary>Starts consuming the work queue.</summary>
    public async Task StartAsync(WorkerCounters counters, CancellationToken cancel)
    {
        var consumer = new AsyncEventingBasicConsumer(_channel);
        consumer.ReceivedAsync += (_, args) =>
        {
            counters.AddReceived(1);
            var delivery = new Delivery(args.DeliveryTag, Volatile.Read(ref _generation), args.Body.ToArray(),
                MessageHeaders.Number(args.BasicProperties, MessageHeaders.DeliveryCount), args.BasicProperties.MessageId);
            _inbox.Writer.TryWrite(delivery);
            return Task.CompletedTask;
        };
        _consumerTag = await _channel.BasicConsumeAsync(_names.Queue, autoAck: false, consumer, cancel);
    }

    /// <summary>Stops the consumer: the broker sends nothing more; held deliveries stay this worker's until returned.</summary>
    public async Task StopConsumingAsync()
    {
        if (_consumerTag is null) return;
        await Guard("stopping the consumer", () => _channel.BasicCancelAsync(_consumerTag));
        _consumerTag = null;
    }

    public Task AckAsync(IReadOnlyList<Delivery> deliveries) =>
        Settle(deliveries, "acknowledging", d => _channel.BasicAckAsync(d.Tag, multiple: false).AsTask());

    public Task RequeueAsync(IReadOnlyList<Delivery> deliveries) =>
        Settle(deliveries, "returning", d => _channel.BasicNackAsync(d.Tag, multiple: false, requeue: true).AsTask());

    /// <summary>Returns everything still in the inbox to the queue (at shutdown).</summary>
    public async Task RequeueInboxAsync()
    {
        var held = new List<Delivery>();
        while (_inbox.Reader.TryRead(out var delivery)) held.Add(delivery);
        await RequeueAsync(held);
    }

    /// <summary>Publishes the article with its error to the dead-letter exchange and, once confirmed, acknowledges it.</summary>
    public async Task<bool> DeadLetterAsync(Delivery delivery, string error, long attempts)
    {
        if (!IsCurrent(delivery)) return false;
        var properties = new BasicProperties
        {
            Persistent = true,
            ContentType = QueuedArticle.ContentType,
            MessageId = delivery.MessageId,
            Headers = new Dictionary<string, object?>
            {
                [MessageHeaders.Error] = Encoding.UTF8.GetBytes(error),
                [MessageHeaders.Attempts] = attempts,
                [MessageHeaders.Worker] = Encoding.UTF8.GetBytes(_worker),
                [MessageHeaders.FailedAt] = Encoding.UTF8.GetBytes(DateTimeOffset.UtcNow.ToString("O", CultureInfo.InvariantCulture)),
            },
        };
        var published = await Guard("dead-lettering an article", () =>
            _channel.BasicPublishAsync(_names.DeadExchange, "", mandatory: true, properties, delivery.Body).AsTask());
        if (!published) return false;
        await AckAsync([delivery]);
        return true;
    }

    /// <summary>Publishes a heartbeat to the status exchange (not persistent; lost when no one listens).</summary>
    public Task PublishHeartbeatAsync(Heartbeat heartbeat) =>
        Guard("publishing a heartbeat", () => _channel.BasicPublishAsync(_names.StatusExchange, "", heartbeat.ToJson()).AsTask());

    public async ValueTask DisposeAsync()
    {
        _closing = true;
        await Guard("closing the channel", () => _channel.CloseAsync());
        await _channel.DisposeAsync();
        await Guard("closing the connection", () => _connection.CloseAsync(TimeSpan.FromSeconds(5)));
        await _connection.DisposeAsync();
    }

    private bool IsCurrent(Delivery delivery) => delivery.Generation == Volatile.Read(ref _generation) && _channel.IsOpen;

    private async Task Settle(IReadOnlyList<Delivery> deliveries, string what, Func<Delivery, Task> settle)
    {
        foreach (var delivery in deliveries)
        {
            // A delivery from before a reconnection is back in the queue already; its tag means nothing now.
            if (!IsCurrent(delivery)) continue;
            if (!await Guard(what + " a message", () => settle(delivery))) return;
        }
    }

    // Broker operations fail while the connection is down; the broker then returns the worker's unacknowledged
    // messages itself, so the failure is logged and the work goes on (the store skips redelivered articles).
    private async Task<bool> Guard(string what, Func<Task> operation)
    {
        try
        {
            await operation();
            return true;
        }
        catch (Exception ex) when (ex is AlreadyClosedException or OperationInterruptedException or PublishException or IOException or TimeoutException or ObjectDisposedException)
        {
            _log($"broker: {what} failed ({ex.Message})");
            return false;
        }
    }
}
