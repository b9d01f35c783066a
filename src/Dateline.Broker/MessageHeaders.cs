using System.Globalization;
using System.Text;
using RabbitMQ.Client;

namespace Dateline.Broker;

/// <summary>The message headers Dateline reads and writes, and reading AMQP header values (strings arrive as bytes).</summary>
internal static class MessageHeaders
{
    /// <summary>Set by quorum queues on redelivery: how many times the message was delivered and returned before.</summary>
    public const string DeliveryCount = "x-delivery-count";

    /// <summary>The error that made a worker dead-letter the article.</summary>
    public const string Error = "x-dateline-error";

    /// <summary>How many times the article was tried before it was dead-lettered.</summary>
    public const string Attempts = "x-dateline-attempts";

    /// <summary>The worker that dead-lettered it.</summary>
    public const string Worker = "x-dateline-worker";

    /// <summary>When it was dead-lettered (ISO 8601, UTC).</summary>
    public const string FailedAt = "x-dateline-failed-at";

    /// <summary>Set by the broker when it dead-letters a message itself (delivery limit reached).</summary>
    public const string Death = "x-death";

    public static string? Text(IReadOnlyBasicProperties properties, string name) =>
        properties.Headers is { } headers && headers.TryGetValue(name, out var value) ? AsText(value) : null;

    public static long Number(IReadOnlyBasicProperties properties, string name) =>
        properties.Headers is { } headers && headers.TryGetValue(name, out var value) ? AsNumber(value) : 0;

    private static string? AsText(object? value) => value switch
    {
        null => null,
        byte[] bytes => Encoding.UTF8.GetString(bytes),
        string text => text,
        IFormattable number => number.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString(),
    };

    private static long AsNumber(object? value) => value switch
    {
        int i => i,
        long l => l,
        short s => s,
        byte b => b,
        uint u => u,
        ulong u => (long)u,
        byte[] bytes when long.TryParse(Encoding.UTF8.GetString(bytes), NumberStyles.Integer, CultureInfo.InvariantCulture, out var n) => n,
        _ => 0,
    };
}
