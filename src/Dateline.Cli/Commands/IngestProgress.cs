using System.Diagnostics;
using System.Globalization;

namespace Dateline.Cli.Commands;

/// <summary>
/// The ingest's progress line on standard error: articles/s, events/s and an ETA when the number of inputs is
/// known. Rewritten in place on a terminal, written every ten seconds otherwise; a summary line at the end.
/// </summary>
internal sealed class IngestProgress(TextWriter stderr, bool terminal, int? expected)
{
    private readonly Stopwatch _clock = Stopwatch.StartNew();
    private TimeSpan _lastShown;
    private bool _lineOpen;

    public int Stored { get; private set; }
    public int Skipped { get; private set; }
    public int Failed { get; private set; }
    public int Syndicated { get; private set; }
    public long Events { get; private set; }

    public void Add(int stored, int skipped, int events, int syndicated)
    {
        Stored += stored;
        Skipped += skipped;
        Events += events;
        Syndicated += syndicated;
        Show(force: false);
    }

    public void Fail(string message)
    {
        Failed++;
        EndLine();
        stderr.WriteLine("dateline: " + message);
    }

    public void Finish()
    {
        EndLine();
        stderr.WriteLine("ingest: " + Summary() + $" in {_clock.Elapsed.TotalSeconds.ToString("0.0", CultureInfo.InvariantCulture)} s");
    }

    private void Show(bool force)
    {
        var now = _clock.Elapsed;
        var every = terminal ? TimeSpan.FromMilliseconds(250) : TimeSpan.FromSeconds(10);
        if (!force && now - _lastShown < every) return;
        _lastShown = now;
        var line = "ingest: " + Summary() + Eta(now);
        if (terminal)
        {
            stderr.Write("\r" + line + "\u001b[K");
            _lineOpen = true;
        }
        else
        {
            stderr.WriteLine(line);
        }
    }

    private string Summary()
    {
        var seconds = Math.Max(_clock.Elapsed.TotalSeconds, 0.001);
        return string.Create(CultureInfo.InvariantCulture,
            $"{Stored} stored ({Stored / seconds:0.0} articles/s), {Events} events ({Events / seconds:0.0}/s), " +
            $"{Syndicated} syndicated copies, {Skipped} already stored, {Failed} failed");
    }

    private string Eta(TimeSpan elapsed)
    {
        var done = Stored + Skipped + Failed;
        if (expected is not { } total || done == 0 || done >= total) return "";
        var remaining = TimeSpan.FromSeconds(elapsed.TotalSeconds / done * (total - done));
        return ", ETA " + remaining.ToString(remaining.TotalHours >= 1 ? @"h\:mm\:ss" : @"m\:ss", CultureInfo.InvariantCulture);
    }

    private void EndLine()
    {
        if (!_lineOpen) return;
        stderr.WriteLine();
        _lineOpen = false;
    }
}
