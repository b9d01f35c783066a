namespace Dateline.Broker.Tests.Support;

/// <summary>
/// The services the scale-out tests need, from the environment tests/support/rabbitmq.sh and postgres.sh set:
/// the broker URL and a script to stop/start it, the PostgreSQL URL and a script to stop/start its cluster.
/// Without them the tests skip with a reason; with DATELINE_REQUIRE_SERVICES=1 (CI) they fail instead.
/// </summary>
internal static class BrokerServices
{
    public static string Broker() => Require("DATELINE_TEST_RABBITMQ", "tests/support/rabbitmq.sh");

    public static string BrokerControl() => Require("DATELINE_TEST_RABBITMQ_CTL", "tests/support/rabbitmq.sh");

    public static string Postgres() => Require("DATELINE_TEST_POSTGRES", "tests/support/postgres.sh");

    public static string PostgresControl() => Require("DATELINE_TEST_POSTGRES_CTL", "tests/support/rabbitmq.sh (after postgres.sh)");

    private static string Require(string variable, string script)
    {
        var value = Environment.GetEnvironmentVariable(variable);
        if (!string.IsNullOrWhiteSpace(value)) return value;
        if (Environment.GetEnvironmentVariable("DATELINE_REQUIRE_SERVICES") == "1")
        {
            Assert.Fail($"{variable} is unset but DATELINE_REQUIRE_SERVICES=1: CI must run the scale-out tests ({script} sets it).");
        }
        Skip.If(true, $"{variable} is unset (source {script}, or run ./test.sh); scale-out test skipped.");
        return "";
    }

    /// <summary>Runs a control script (stop|start), bounded in time.</summary>
    public static void Control(string script, string action, TimeSpan limit)
    {
        var info = new System.Diagnostics.ProcessStartInfo(script) { RedirectStandardError = true, RedirectStandardOutput = true };
        info.ArgumentList.Add(action);
        using var process = System.Diagnostics.Process.Start(info)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(limit))
        {
            process.Kill(entireProcessTree: true);
            Assert.Fail($"{script} {action} did not finish within {limit.TotalSeconds} s");
        }
        Assert.True(process.ExitCode == 0, $"{script} {action} failed ({process.ExitCode}): {output.Result}{error.Result}");
    }
}
