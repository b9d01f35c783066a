using Dateline.Storage;

namespace Dateline.Tests.Storage;

/// <summary>The store contract on SQLite, one temporary database file per test.</summary>
public sealed class SqliteArticleStoreTest : ArticleStoreContract
{
    private readonly string _folder = Directory.CreateTempSubdirectory("dateline-store-").FullName;

    private string PathOfDb => Path.Combine(_folder, "test.db");

    protected override IArticleStore OpenEmptyStore() => ArticleStore.Open(PathOfDb);

    protected override IArticleStore Reopen() => ArticleStore.Open(PathOfDb);

    protected override void DisposeBackend()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(_folder, recursive: true);
    }

    [Fact]
    public void TheDatabaseUsesWriteAheadLoggingAndPassesTheIntegrityCheck()
    {
        Add(StoreSamples.Shelling());
        using var connection = new Microsoft.Data.Sqlite.SqliteConnection("Data Source=" + PathOfDb);
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "PRAGMA journal_mode";
        Assert.Equal("wal", command.ExecuteScalar());
        command.CommandText = "PRAGMA integrity_check";
        Assert.Equal("ok", command.ExecuteScalar());
    }
}
