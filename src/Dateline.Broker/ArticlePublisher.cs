using Dateline.Documents;
using Dateline.Storage;
using RabbitMQ.Client;
using RabbitMQ.Client.Exceptions;

namespace Dateline.Broker;

/// <summary>
/// Publishes articles to the work queue as persistent messages on a channel with publisher confirms: a publish
/// completes when the broker has written the message to the quorum queue's majority (or fails). Up to
/// <see cref="Window"/> publishes are outstanding at once; <see cref="FlushAsync"/> waits for all of them.
/// </summary>
internal sealed class ArticlePublisher : IAsyncDisposable
{
    /// <summary>Publishes awaiting their confirm at most.</summary>
    public const int Window = 256;

    private readonly IConnection _connection;
    private readonly IChannel _channel;
    private readonly QueueNames _names;
    private readonly List<Task> _pending = new(Window);

    private ArticlePublisher(IConnection connection, IChannel channel, QueueNames names)
    {
        _connection = connection;
        _channel = channel;
        _names = names;
    }

    /// <summary>Articles confirmed by the broker so far.</summary>
    public int Confirmed { get; private set; }

    public static async Task<ArticlePublisher> OpenAsync(string url, QueueNames names, Action<string> log, CancellationToken cancel)
    {
        var connection = await BrokerConnection.ConnectAsync(url, "dateline enqueue", TimeSpan.FromSeconds(30), log, cancel);
        try
        {
            var channel = await connection.CreateChannelAsync(
                new CreateChannelOptions(publisherConfirmationsEnabled: true, publisherConfirmationTrackingEnabled: true), cancel);
            await Topology.DeclareAsync(channel, names, cancel);
            return new ArticlePublisher(connection, channel, names);
        }
        catch
        {
            await connection.DisposeAsync();
            throw;
        }
    }

    /// <summary>Publishes one article; the message id is its content hash.</summary>
    /// <exception cref="BrokerException">An earlier publish in the window was refused or lost.</exception>
    public async Task PublishAsync(Document document, CancellationToken cancel)
    {
        var properties = new BasicProperties
        {
            Persistent = true,
            ContentType = QueuedArticle.ContentType,
            MessageId = ContentHash.Of(document.Text),
            Timestamp = new AmqpTimestamp(DateTimeOffset.UtcNow.ToUnixTimeSeconds()),
        };
        var body = QueuedArticle.Encode(document);
        _pending.Add(_channel.BasicPublishAsync("", _names.Queue, mandatory: true, properties, body, cancel).AsTask());
        if (_pending.Count >= Window) await FlushAsync();
    }

    /// <summary>Waits until every publish so far is confirmed.</summary>
    /// <exception cref="BrokerException">A publish was refused (nack), returned unroutable, or its connection was lost.</exception>
    public async Task FlushAsync()
    {
        try
        {
            await Task.WhenAll(_pending);
            Confirmed += _pending.Count;
        }
        catch (Exception ex) when (ex is PublishException or AlreadyClosedException or OperationInterruptedException)
        {
            throw new BrokerException($"queue {_names.Queue}: the broker did not confirm a published article ({ex.Message}); articles after the last confirmed one may need enqueueing again (workers skip stored ones)", ex);
        }
        finally
        {
            _pending.Clear();
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _channel.DisposeAsync();
        await _connection.DisposeAsync();
    }
}
