using System.Text.Json;
using System.Text.Json.Serialization;

namespace Dateline.Broker;

/// <summary>
/// What a worker publishes to the status exchange every few seconds (JSON, <c>dateline.heartbeat/1</c>), and
/// what <c>dateline status</c> aggregates.
/// </summary>
/// <param name="Worker">The worker's name.</param>
/// <param name="State"><c>running</c>, <c>store-retrying</c> or <c>stopped</c>.</param>
/// <param name="At">When it was sent.</param>
/// <param name="Started">When the worker started.</param>
/// <param name="Received">Deliveries received (redeliveries included).</param>
/// <param name="Stored">Articles stored.</param>
/// <param name="Skipped">Articles found stored already (redeliveries, duplicates).</param>
/// <param name="Retried">Failed attempts returned to the queue.</param>
/// <param name="DeadLettered">Articles dead-lettered with their error.</param>
/// <param name="PerSecond">Articles finished per second since the previous heartbeat.</param>
/// <param name="AnalyzeMs">Analysis time per finished article, milliseconds.</param>
/// <param name="OverheadMs">Store and broker time per finished article, milliseconds.</param>
internal sealed record Heartbeat(
    string Worker, string State, DateTimeOffset At, DateTimeOffset Started, long Received, long Stored, long Skipped,
    long Retried, long DeadLettered, double PerSecond, double AnalyzeMs, double OverheadMs)
{
    private static readonly JsonSerializerOptions Options = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        NumberHandling = JsonNumberHandling.AllowNamedFloatingPointLiterals,
    };

    public byte[] ToJson() => JsonSerializer.SerializeToUtf8Bytes(this, Options);

    /// <summary>Reads a heartbeat, or null when the message is not one.</summary>
    public static Heartbeat? FromJson(ReadOnlySpan<byte> json)
    {
        try
        {
            return JsonSerializer.Deserialize<Heartbeat>(json, Options);
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
