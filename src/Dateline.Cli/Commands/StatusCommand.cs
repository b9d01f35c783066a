using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using Dateline.Broker;

namespace Dateline.Cli.Commands;

/// <summary><c>dateline status</c>: queue depth, dead letters, throughput and per-worker counts, from the broker and the workers' heartbeats.</summary>
internal static class StatusCommand
{
    public static Command Create()
    {
        var broker = BrokerOptions.Broker();
        var queue = BrokerOptions.Queue();
        var listen = new Option<double>("--listen")
        {
            Description = "Seconds to listen for worker heartbeats (default 3; workers send one every 2 s).",
            DefaultValueFactory = _ => 3,
        };
        var json = new Option<bool>("--json") { Description = "Write the status as one JSON object." };
        var command = new Command("status", "Show the work queue's depth, dead letters, the rate and each worker's counts.")
        {
            broker, queue, listen, json,
        };
        command.SetAction(result =>
        {
            var url = BrokerOptions.Url(result.GetValue(broker)!);
            var names = new QueueNames(result.GetValue(queue)!);
            var seconds = TimeSpan.FromSeconds(Math.Clamp(result.GetValue(listen), 0, 600));
            var status = BrokerOptions.Run(cancel => QueueStatus.ReadAsync(url, names, seconds, BrokerOptions.Log("status"), cancel));
            if (result.GetValue(json)) WriteJson(status);
            else WriteText(status, names);
            return 0;
        });
        return command;
    }

    private static void WriteText(QueueStatus status, QueueNames names)
    {
        var c = CultureInfo.InvariantCulture;
        Console.Out.WriteLine(string.Create(c, $"queue {names.Queue}: {status.Waiting} waiting, {status.Consumers} consumers, {status.DeadLetters} dead letters, {status.PerSecond:0.0} articles/s"));
        Console.Out.WriteLine("worker\tstate\tstored\tskipped\tretried\tdead\tper_s\tanalyze_ms\toverhead_ms\tlast_heard");
        foreach (var w in status.Workers)
        {
            Console.Out.WriteLine(string.Create(c,
                $"{w.Worker}\t{w.State}\t{w.Stored}\t{w.Skipped}\t{w.Retried}\t{w.DeadLettered}\t{w.PerSecond:0.0}\t{w.AnalyzeMs:0.0}\t{w.OverheadMs:0.0}\t{w.At:HH:mm:ss}"));
        }
    }

    private static void WriteJson(QueueStatus status)
    {
        using var stdout = Console.OpenStandardOutput();
        using (var w = new Utf8JsonWriter(stdout))
        {
            w.WriteStartObject();
            w.WriteNumber("waiting", status.Waiting);
            w.WriteNumber("consumers", status.Consumers);
            w.WriteNumber("deadLetters", status.DeadLetters);
            w.WriteNumber("perSecond", Math.Round(status.PerSecond, 2));
            w.WritePropertyName("workers");
            JsonSerializer.Serialize(w, status.Workers, new JsonSerializerOptions { PropertyNamingPolicy = JsonNamingPolicy.CamelCase });
            w.WriteEndObject();
        }
        stdout.WriteByte((byte)'\n');
    }
}
