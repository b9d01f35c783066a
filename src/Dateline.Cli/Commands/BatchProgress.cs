using System.Diagnostics;
using Spectre.Console;

namespace Dateline.Cli.Commands;

/// <summary>
/// Progress of a batch on standard error: a Spectre.Console bar with articles/s when standard error is a
/// terminal, nothing otherwise. Error lines go through it so they do not tear the bar.
/// </summary>
internal sealed class BatchProgress : IDisposable
{
    private readonly TextWriter _stderr;
    private readonly IAnsiConsole? _console;
    private readonly Task? _loop;
    private readonly CancellationTokenSource _stop = new();
    private readonly Stopwatch _clock = Stopwatch.StartNew();
    private int _done;
    private int _failed;

    private BatchProgress(TextWriter stderr, bool live)
    {
        _stderr = stderr;
        if (!live) return;
        _console = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(stderr) });
        _loop = _console.Progress()
            .AutoClear(true)
            .Columns(new SpinnerColumn(), new TaskDescriptionColumn(), new ElapsedTimeColumn())
            .StartAsync(Render);
    }

    /// <summary>Starts showing progress when <paramref name="showBar"/> holds and standard error is a terminal.</summary>
    public static BatchProgress Start(TextWriter stderr, bool showBar) =>
        new(stderr, showBar && !Console.IsErrorRedirected && ReferenceEquals(stderr, Console.Error));

    /// <summary>Counts an article written.</summary>
    public void Done() => Interlocked.Increment(ref _done);

    /// <summary>Counts a failed input and writes its message.</summary>
    public void Failed(string message)
    {
        Interlocked.Increment(ref _failed);
        if (_console != null) _console.MarkupLineInterpolated($"[red]dateline:[/] {message}");
        else _stderr.WriteLine("dateline: " + message);
    }

    private async Task Render(ProgressContext context)
    {
        var task = context.AddTask("starting", autoStart: true, maxValue: double.MaxValue);
        task.IsIndeterminate = true;
        while (!_stop.IsCancellationRequested)
        {
            var seconds = Math.Max(_clock.Elapsed.TotalSeconds, 0.001);
            task.Description = $"{_done} articles ({_done / seconds:0.0}/s), {_failed} failed";
            context.Refresh();
            try { await Task.Delay(200, _stop.Token).ConfigureAwait(false); }
            catch (OperationCanceledException) { break; }
        }
    }

    public void Dispose()
    {
        _stop.Cancel();
        _loop?.GetAwaiter().GetResult();
        _stop.Dispose();
    }
}
