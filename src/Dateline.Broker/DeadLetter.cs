namespace Dateline.Broker;

/// <summary>One article in the dead-letter queue.</summary>
/// <param name="MessageId">The message id (the article's content hash).</param>
/// <param name="Title">The article's headline or origin, when the message can be read.</param>
/// <param name="Error">Why it was dead-lettered: the worker's error, or the broker's reason.</param>
/// <param name="Attempts">Deliveries it had (0 when unknown).</param>
/// <param name="Worker">The worker that dead-lettered it, when one did.</param>
/// <param name="FailedAt">When, as the worker wrote it.</param>
internal sealed record DeadLetter(string? MessageId, string? Title, string Error, long Attempts, string? Worker, string? FailedAt);
