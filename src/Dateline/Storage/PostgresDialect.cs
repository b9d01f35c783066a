using System.Data.Common;
using Npgsql;

namespace Dateline.Storage;

/// <summary>PostgreSQL: full-text search through GIN indexes on <c>to_tsvector('english', ...)</c>.</summary>
internal sealed class PostgresDialect(string connectionString) : IStoreDialect
{
    private const string ArticleVector = "to_tsvector('english', coalesce(a.title, '') || ' ' || a.text)";
    private const string QuoteVector = "to_tsvector('english', q.content || ' ' || coalesce(q.speaker, ''))";

    public string Name => "postgres";

    public string ArticleTextMatch => ArticleVector + " @@ plainto_tsquery('english', @q)";

    public string QuoteTextMatch => QuoteVector + " @@ plainto_tsquery('english', @q)";

    public string SearchQuery(string words) => words;

    public void IndexArticle(SqlSession session, long id, string? title, string text)
    {
        // The expression index is kept up to date by PostgreSQL itself.
    }

    public void IndexQuotes(SqlSession session, long articleId)
    {
        // As for articles.
    }

    public IBatchWriter CreateWriter(SqlSession session) => new Postgres.PostgresBatchWriter(session);

    public DbConnection Open()
    {
        var connection = new NpgsqlConnection(Settings(connectionString));
        connection.Open();
        return connection;
    }

    /// <summary>
    /// The connection string the store connects with: statements auto-prepared, and no TLS to a server on the
    /// loopback interface unless the connection string asks for an SSL mode (there, encryption protects nothing, as
    /// only the machine itself sees the traffic, and costs a handshake at every start and the encryption of every batch).
    /// </summary>
    public static string Settings(string connectionString)
    {
        var builder = new NpgsqlConnectionStringBuilder(connectionString);
        // The reads repeat a few statements: prepared once on the server, then only bound.
        if (builder.MaxAutoPrepare == 0) builder.MaxAutoPrepare = 64;
        var given = new DbConnectionStringBuilder { ConnectionString = connectionString };
        if (IsLoopback(builder.Host) && !given.ContainsKey("SSL Mode") && !given.ContainsKey("SslMode")) builder.SslMode = SslMode.Disable;
        return builder.ConnectionString;
    }

    private static bool IsLoopback(string? host) =>
        host is not null && (host.Equals("localhost", StringComparison.OrdinalIgnoreCase)
            || (System.Net.IPAddress.TryParse(host, out var address) && System.Net.IPAddress.IsLoopback(address)));

    /// <summary>
    /// Turns <c>postgres://user:pass@host:port/db</c> (or <c>postgresql://</c>) into an Npgsql connection string;
    /// a <c>Host=...</c> connection string is returned as it is.
    /// </summary>
    /// <exception cref="FormatException">The URL cannot be read.</exception>
    public static string ToConnectionString(string location)
    {
        if (!location.StartsWith("postgres://", StringComparison.OrdinalIgnoreCase)
            && !location.StartsWith("postgresql://", StringComparison.OrdinalIgnoreCase))
        {
            return location;
        }
        if (!Uri.TryCreate(location, UriKind.Absolute, out var uri) || string.IsNullOrEmpty(uri.Host))
        {
            throw new FormatException($"'{Redact(location)}' is not a PostgreSQL URL of the form postgres://user:pass@host:port/db.");
        }
        var builder = new NpgsqlConnectionStringBuilder
        {
            Host = uri.Host,
            Port = uri.IsDefaultPort || uri.Port <= 0 ? 5432 : uri.Port,
            Database = Uri.UnescapeDataString(uri.AbsolutePath.TrimStart('/')) is { Length: > 0 } db ? db : "postgres",
        };
        var userInfo = uri.UserInfo.Split(':', 2);
        if (userInfo[0].Length > 0) builder.Username = Uri.UnescapeDataString(userInfo[0]);
        if (userInfo.Length > 1) builder.Password = Uri.UnescapeDataString(userInfo[1]);
        return builder.ConnectionString;
    }

    /// <summary>The location with any password hidden, for messages.</summary>
    public static string Redact(string location)
    {
        var at = location.IndexOf('@', StringComparison.Ordinal);
        var scheme = location.IndexOf("://", StringComparison.Ordinal);
        if (at > 0 && scheme > 0 && location.IndexOf(':', scheme + 3) is var colon && colon > 0 && colon < at)
        {
            return location[..(colon + 1)] + "***" + location[at..];
        }
        return System.Text.RegularExpressions.Regex.Replace(location, "(?i)(password|pwd)=[^;]*", "$1=***");
    }
}
