namespace Dateline.Tests.Support;

/// <summary>
/// Services the tests need beyond ../shared (PostgreSQL). Without them, their tests skip with a reason; with
/// DATELINE_REQUIRE_SERVICES=1 (set by .ci/run) a missing service fails them instead.
/// </summary>
public static class TestServices
{
    /// <summary>The environment variable holding the test database's connection string (set by tests/support/postgres.sh).</summary>
    public const string PostgresVariable = "DATELINE_TEST_POSTGRES";

    /// <summary>The PostgreSQL connection string for tests, or a skip (or failure in CI) when unset.</summary>
    public static string RequirePostgres()
    {
        var value = Environment.GetEnvironmentVariable(PostgresVariable);
        if (!string.IsNullOrWhiteSpace(value)) return value;
        if (Environment.GetEnvironmentVariable("DATELINE_REQUIRE_SERVICES") == "1")
        {
            Assert.Fail(PostgresVariable + " is unset but DATELINE_REQUIRE_SERVICES=1: CI must run the PostgreSQL store tests (tests/support/postgres.sh sets it).");
        }
        Skip.If(true, PostgresVariable + " is unset (run tests/support/postgres.sh, or ./test.sh which calls it); PostgreSQL store test skipped.");
        return "";
    }
}
