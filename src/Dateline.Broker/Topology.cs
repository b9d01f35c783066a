using RabbitMQ.Client;

namespace Dateline.Broker;

/// <summary>
/// Declares the queues and exchanges every command uses, idempotently (the same arguments each time, so any
/// command may be first): a durable quorum work queue with a delivery limit and a dead-letter exchange, the
/// dead-letter queue, and the status exchange.
/// </summary>
internal static class Topology
{
    /// <summary>
    /// The work queue's <c>x-delivery-limit</c>: a message returned this many times (a worker crashed or was
    /// killed while holding it, every time) is dead-lettered by the broker itself. Workers dead-letter
    /// articles that fail analysis sooner, after <see cref="WorkerOptions.Attempts"/>, with the error.
    /// </summary>
    public const int DeliveryLimit = 10;

    public static async Task DeclareAsync(IChannel channel, QueueNames names, CancellationToken cancel)
    {
        await channel.ExchangeDeclareAsync(names.DeadExchange, ExchangeType.Fanout, durable: true, autoDelete: false, cancellationToken: cancel);
        await channel.QueueDeclareAsync(names.DeadQueue, durable: true, exclusive: false, autoDelete: false,
            arguments: new Dictionary<string, object?> { ["x-queue-type"] = "quorum" }, cancellationToken: cancel);
        await channel.QueueBindAsync(names.DeadQueue, names.DeadExchange, "", cancellationToken: cancel);
        await channel.QueueDeclareAsync(names.Queue, durable: true, exclusive: false, autoDelete: false,
            arguments: new Dictionary<string, object?>
            {
                ["x-queue-type"] = "quorum",
                ["x-delivery-limit"] = DeliveryLimit,
                ["x-dead-letter-exchange"] = names.DeadExchange,
            },
            cancellationToken: cancel);
        await channel.ExchangeDeclareAsync(names.StatusExchange, ExchangeType.Fanout, durable: true, autoDelete: false, cancellationToken: cancel);
    }
}
