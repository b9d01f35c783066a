namespace Dateline.Broker;

/// <summary>
/// The names a deployment uses on the broker, all derived from the work queue's name: the quorum work queue,
/// its dead-letter exchange and queue (<c>NAME.dead</c>), and the fanout exchange workers send heartbeats to
/// (<c>NAME.status</c>).
/// </summary>
/// <param name="Queue">The work queue (default <c>dateline.articles</c>).</param>
internal sealed record QueueNames(string Queue)
{
    /// <summary>The work queue used when none is named.</summary>
    public const string DefaultQueue = "dateline.articles";

    /// <summary>The fanout exchange dead letters are published to (by the worker with the error, or by the queue at its delivery limit).</summary>
    public string DeadExchange => Queue + ".dead";

    /// <summary>The durable queue holding dead letters until <c>dateline deadletters --requeue</c>.</summary>
    public string DeadQueue => Queue + ".dead";

    /// <summary>The fanout exchange workers publish heartbeats to; <c>dateline status</c> listens on it.</summary>
    public string StatusExchange => Queue + ".status";
}
