using System.CommandLine;
using Dateline.Broker;

namespace Dateline.Cli.Commands;

/// <summary>The <c>--broker</c> and <c>--queue</c> options of the scale-out commands.</summary>
internal static class BrokerOptions
{
    /// <summary>The environment variable read when <c>--broker</c> is not given.</summary>
    public const string BrokerVariable = "DATELINE_BROKER";

    public static Option<string> Broker() => new("--broker")
    {
        Description = $"The RabbitMQ broker, amqp://user:pass@host:port/vhost (default ${BrokerVariable}, else {BrokerConnection.DefaultUrl}).",
        DefaultValueFactory = _ => Environment.GetEnvironmentVariable(BrokerVariable) is { Length: > 0 } url ? url : BrokerConnection.DefaultUrl,
    };

    public static Option<string> Queue() => new("--queue")
    {
        Description = $"The work queue (default {QueueNames.DefaultQueue}); its dead letters are in QUEUE.dead, heartbeats go to QUEUE.status.",
        DefaultValueFactory = _ => QueueNames.DefaultQueue,
    };

    /// <summary>The broker URL checked, or a usage error.</summary>
    public static string Url(string value)
    {
        try
        {
            BrokerConnection.ParseUrl(value);
            return value;
        }
        catch (FormatException ex)
        {
            throw new CliException("--broker: " + ex.Message);
        }
    }

    /// <summary>Runs a broker operation, turning its expected failures into CLI errors.</summary>
    public static T Run<T>(Func<CancellationToken, Task<T>> operation, CancellationToken cancel = default)
    {
        try
        {
            return operation(cancel).GetAwaiter().GetResult();
        }
        catch (BrokerException ex)
        {
            throw new CliException(ex.Message);
        }
    }

    /// <summary>A log line on standard error, with the time.</summary>
    public static Action<string> Log(string who) =>
        line => Console.Error.WriteLine($"{DateTime.UtcNow:HH:mm:ss.fff} {who}: {line}");
}
