namespace Dateline.Broker;

/// <summary>One message as the worker holds it until it is acknowledged or returned.</summary>
/// <param name="Tag">The channel's delivery tag.</param>
/// <param name="Generation">The connection generation it arrived on: tags of a lost connection are never acknowledged.</param>
/// <param name="Body">The message body (copied out of the client's buffer).</param>
/// <param name="PreviousDeliveries">The quorum queue's <c>x-delivery-count</c>: deliveries before this one.</param>
/// <param name="MessageId">The message id (the article's content hash when <c>dateline enqueue</c> published it).</param>
internal sealed record Delivery(ulong Tag, int Generation, byte[] Body, long PreviousDeliveries, string? MessageId);
