namespace Dateline.Tests.Storage;

/// <summary>Reads a test connection given as a URL or as a connection string.</summary>
internal static class PostgresDialectAccess
{
    public static string ConnectionString(string location) => Dateline.Storage.PostgresDialect.ToConnectionString(location);
}
