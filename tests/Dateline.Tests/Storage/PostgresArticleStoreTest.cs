using Dateline.Storage;
using Npgsql;

namespace Dateline.Tests.Storage;

/// <summary>
/// The store contract on PostgreSQL, one schema per test in the database named by <c>DATELINE_TEST_POSTGRES</c>
/// (set by <c>tests/support/postgres.sh</c>). Skips when it is unset, fails instead under
/// <c>DATELINE_REQUIRE_SERVICES=1</c> (CI).
/// </summary>
public sealed class PostgresArticleStoreTest : ArticleStoreContract
{
    private readonly string _schema = "t" + Guid.NewGuid().ToString("N")[..12];
    private string? _connectionString;

    private string ConnectionString => _connectionString ??= CreateSchema();

    protected override IArticleStore OpenEmptyStore() => ArticleStore.Open(ConnectionString);

    protected override IArticleStore Reopen() => ArticleStore.Open(ConnectionString);

    protected override void DisposeBackend()
    {
        if (_connectionString is null) return;
        using var connection = new NpgsqlConnection(Base());
        connection.Open();
        using var command = new NpgsqlCommand($"DROP SCHEMA IF EXISTS {_schema} CASCADE", connection);
        command.ExecuteNonQuery();
    }

    private string CreateSchema()
    {
        using (var connection = new NpgsqlConnection(Base()))
        {
            connection.Open();
            using var command = new NpgsqlCommand($"CREATE SCHEMA {_schema}", connection);
            command.ExecuteNonQuery();
        }
        return new NpgsqlConnectionStringBuilder(Base()) { SearchPath = _schema }.ConnectionString;
    }

    private static string Base() => PostgresDialectAccess.ConnectionString(Support.TestServices.RequirePostgres());
}
