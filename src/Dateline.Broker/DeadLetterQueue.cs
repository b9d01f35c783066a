using RabbitMQ.Client;
using RabbitMQ.Client.Exceptions;

namespace Dateline.Broker;

/// <summary>
/// Reads the dead-letter queue (<c>dateline deadletters</c>): lists every dead letter with its error and either
/// leaves them there or moves them back to the work queue (published with a confirm, then removed).
/// </summary>
internal static class DeadLetterQueue
{
    /// <summary>Lists the dead letters; with <paramref name="requeue"/>, moves each back to the work queue.</summary>
    /// <exception cref="BrokerException">The broker cannot be reached, or a re-queued article was not confirmed (it stays a dead letter).</exception>
    public static async Task<IReadOnlyList<DeadLetter>> ReadAsync(string url, QueueNames names, bool requeue, Action<string> log, CancellationToken cancel)
    {
        await using var connection = await BrokerConnection.ConnectAsync(url, "dateline deadletters", TimeSpan.FromSeconds(10), log, cancel);
        await using var channel = await connection.CreateChannelAsync(
            new CreateChannelOptions(publisherConfirmationsEnabled: true, publisherConfirmationTrackingEnabled: true), cancel);
        await Topology.DeclareAsync(channel, names, cancel);
        var letters = new List<DeadLetter>();
        // Got messages stay unacknowledged until the channel closes, so each is seen once and the rest return to the queue.
        while (await channel.BasicGetAsync(names.DeadQueue, autoAck: false, cancel) is { } message)
        {
            letters.Add(Describe(message.BasicProperties, message.Body));
            if (!requeue) continue;
            var properties = new BasicProperties
            {
                Persistent = true,
                ContentType = message.BasicProperties.ContentType,
                MessageId = message.BasicProperties.MessageId,
            };
            try
            {
                await channel.BasicPublishAsync("", names.Queue, mandatory: true, properties, message.Body, cancel);
            }
            catch (PublishException ex)
            {
                throw new BrokerException($"queue {names.Queue}: re-queueing dead letter {properties.MessageId} was not confirmed ({ex.Message}); it stays in {names.DeadQueue}", ex);
            }
            await channel.BasicAckAsync(message.DeliveryTag, multiple: false, cancel);
        }
        await channel.CloseAsync(cancel);
        return letters;
    }

    private static DeadLetter Describe(IReadOnlyBasicProperties properties, ReadOnlyMemory<byte> body)
    {
        string? title = null;
        try
        {
            var document = QueuedArticle.Decode(body);
            title = document.Metadata.Title ?? document.Metadata.Origin ?? document.Metadata.Id;
        }
        catch (FormatException)
        {
            title = "(unreadable message)";
        }
        var error = MessageHeaders.Text(properties, MessageHeaders.Error)
            ?? (properties.Headers?.ContainsKey(MessageHeaders.Death) == true
                ? $"dead-lettered by the broker: returned {Topology.DeliveryLimit} times without an acknowledgement (workers crashing on it?)"
                : "no error recorded");
        var attempts = MessageHeaders.Number(properties, MessageHeaders.Attempts);
        return new DeadLetter(properties.MessageId, title, error, attempts, MessageHeaders.Text(properties, MessageHeaders.Worker),
            MessageHeaders.Text(properties, MessageHeaders.FailedAt));
    }
}
