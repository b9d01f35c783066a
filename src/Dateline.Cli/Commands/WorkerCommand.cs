using System.CommandLine;
using System.Runtime.InteropServices;
using Dateline.Broker;
using Dateline.Models;
using Dateline.Serialization;
using Dateline.Storage;

namespace Dateline.Cli.Commands;

/// <summary>
/// <c>dateline worker --broker amqp://... --store postgres://...</c>: consumes the work queue, analyzes, stores,
/// and acknowledges after the commit, until SIGTERM or SIGINT (then it finishes or returns its work and exits 0).
/// </summary>
internal static class WorkerCommand
{
    public static Command Create()
    {
        var broker = BrokerOptions.Broker();
        var queue = BrokerOptions.Queue();
        var store = StoreOptions.Store();
        var models = new Option<string?>("--models") { Description = "Read models from this folder instead of the embedded ones." };
        var prefetch = new Option<int>("--prefetch") { Description = "Unacknowledged messages held at most (default 64).", DefaultValueFactory = _ => 64 };
        var batch = new Option<int>("--batch") { Description = "Articles stored per transaction (default 32).", DefaultValueFactory = _ => 32 };
        var attempts = new Option<int>("--attempts")
        {
            Description = $"Deliveries of a failing article before it is dead-lettered with its error (default 3, at most {Topology.DeliveryLimit}).",
            DefaultValueFactory = _ => 3,
        };
        var parallel = new Option<int>("--parallel") { Description = "Articles analyzed at once in this worker (default 1; run one worker per core).", DefaultValueFactory = _ => 1 };
        var name = new Option<string?>("--name") { Description = "The worker's name in heartbeats and dead letters (default HOST:PID)." };
        var idle = new Option<double?>("--idle-exit") { Description = "Stop after receiving nothing for this many seconds (default: run until stopped)." };
        var command = new Command("worker", "Consume the work queue: analyze articles, store them, acknowledge after the commit. Stops cleanly on SIGTERM.")
        {
            broker, queue, store, models, prefetch, batch, attempts, parallel, name, idle,
        };
        command.SetAction(result =>
        {
            var workerName = result.GetValue(name) ?? $"{Environment.MachineName}:{Environment.ProcessId}";
            var options = new WorkerOptions(BrokerOptions.Url(result.GetValue(broker)!), result.GetValue(store)!, new QueueNames(result.GetValue(queue)!), workerName)
            {
                Prefetch = (ushort)Math.Clamp(result.GetValue(prefetch), 1, ushort.MaxValue),
                BatchSize = Math.Max(1, result.GetValue(batch)),
                Attempts = Math.Clamp(result.GetValue(attempts), 1, Topology.DeliveryLimit),
                Parallelism = Math.Max(1, result.GetValue(parallel)),
                IdleExit = result.GetValue(idle) is { } seconds ? TimeSpan.FromSeconds(Math.Max(0.1, seconds)) : null,
            };
            var modelRepository = result.GetValue(models) is { } dir ? new ModelRepository(dir) : ModelRepository.Embedded;
            return Run(options, modelRepository);
        });
        return command;
    }

    private static int Run(WorkerOptions options, ModelRepository models)
    {
        var log = BrokerOptions.Log("worker " + options.WorkerName);
        var pipeline = DefaultPipeline.Create(models);
        var jsonOptions = new ArticleJsonOptions();
        var worker = new ArticleWorker(options, document =>
        {
            pipeline.Process(document);
            return ArticleAnalysis.FromJson(ArticleJsonWriter.Default.ToJson(document, jsonOptions));
        }, log);
        using var stop = new CancellationTokenSource();
        void Stop(PosixSignalContext context)
        {
            context.Cancel = true;
            log($"{context.Signal}: stopping (finishing the batch in hand, returning the rest)");
            stop.Cancel();
        }
        using var term = PosixSignalRegistration.Create(PosixSignal.SIGTERM, Stop);
        using var interrupt = PosixSignalRegistration.Create(PosixSignal.SIGINT, Stop);
        try
        {
            worker.RunAsync(stop.Token).GetAwaiter().GetResult();
        }
        catch (StoreException ex)
        {
            throw new CliException(ex.Message);
        }
        catch (BrokerException ex)
        {
            throw new CliException(ex.Message);
        }
        catch (OperationCanceledException) when (stop.IsCancellationRequested)
        {
            // Stopped while connecting.
        }
        var c = worker.Counters;
        var done = Math.Max(1, c.Stored + c.Skipped);
        log($"stopped: {c.Stored} stored, {c.Skipped} already stored, {c.Retried} attempts returned, {c.DeadLettered} dead-lettered; " +
            $"per article: analyze {c.AnalyzeTime.TotalMilliseconds / done:0.00} ms, store {c.StoreTime.TotalMilliseconds / done:0.00} ms, " +
            $"broker {c.BrokerTime.TotalMilliseconds / done:0.00} ms");
        return 0;
    }
}
