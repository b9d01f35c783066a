using System.Diagnostics;
using System.Text;

namespace Dateline.Broker.Tests.Support;

/// <summary>A real <c>dateline worker</c> process, run from the test's output folder, with its log kept.</summary>
internal sealed class WorkerProcess : IDisposable
{
    private readonly Process _process;
    private readonly StringBuilder _log = new();

    public WorkerProcess(string broker, string queue, string store, string name, params string[] extra)
    {
        var cli = Path.Combine(AppContext.BaseDirectory, "Dateline.Cli.dll");
        var info = new ProcessStartInfo("dotnet") { RedirectStandardError = true, RedirectStandardOutput = true, UseShellExecute = false };
        foreach (var arg in (string[])[cli, "worker", "--broker", broker, "--queue", queue, "--store", store, "--name", name, .. extra])
        {
            info.ArgumentList.Add(arg);
        }
        _process = Process.Start(info)!;
        _process.ErrorDataReceived += (_, e) => Append(e.Data);
        _process.OutputDataReceived += (_, e) => Append(e.Data);
        _process.BeginErrorReadLine();
        _process.BeginOutputReadLine();
    }

    public string Log
    {
        get
        {
            lock (_log) return _log.ToString();
        }
    }

    public bool HasExited => _process.HasExited;

    /// <summary>kill -9.</summary>
    public void Kill()
    {
        _process.Kill(entireProcessTree: true);
        _process.WaitForExit();
    }

    /// <summary>Sends SIGTERM and waits for the exit code.</summary>
    public int Terminate(TimeSpan limit)
    {
        if (!_process.HasExited)
        {
            using var kill = Process.Start("kill", ["-TERM", _process.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)]);
            kill.WaitForExit();
        }
        if (!_process.WaitForExit(limit))
        {
            _process.Kill(entireProcessTree: true);
            Assert.Fail($"the worker did not stop within {limit.TotalSeconds} s of SIGTERM:\n{Log}");
        }
        _process.WaitForExit();
        return _process.ExitCode;
    }

    public void Dispose()
    {
        if (!_process.HasExited) _process.Kill(entireProcessTree: true);
        _process.Dispose();
    }

    private void Append(string? line)
    {
        if (line is null) return;
        lock (_log) _log.AppendLine(line);
    }
}
