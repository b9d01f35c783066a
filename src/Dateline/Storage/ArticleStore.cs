namespace Dateline.Storage;

/// <summary>Opens a store from a location: a SQLite file path, a <c>postgres://</c> URL or a <c>Host=...</c> connection string.</summary>
public static class ArticleStore
{
    /// <summary>The SQLite file used when no location is given.</summary>
    public const string DefaultPath = "dateline.db";

    /// <summary>True when the location names a PostgreSQL database rather than a SQLite file.</summary>
    public static bool IsPostgres(string location) =>
        location.StartsWith("postgres://", StringComparison.OrdinalIgnoreCase)
        || location.StartsWith("postgresql://", StringComparison.OrdinalIgnoreCase)
        || location.Contains("Host=", StringComparison.OrdinalIgnoreCase);

    /// <summary>Opens (creating when needed) the store and brings its schema up to date.</summary>
    /// <exception cref="StoreException">The store cannot be opened or migrated; the message names the location.</exception>
    public static IArticleStore Open(string location)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(location);
        IStoreDialect dialect;
        try
        {
            dialect = IsPostgres(location)
                ? new PostgresDialect(PostgresDialect.ToConnectionString(location))
                : new SqliteDialect(location);
        }
        catch (Exception ex) when (ex is FormatException or ArgumentException)
        {
            throw new StoreException($"{PostgresDialect.Redact(location)}: {ex.Message}", ex);
        }
        return SqlArticleStore.Open(dialect, PostgresDialect.Redact(location));
    }
}
