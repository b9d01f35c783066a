using System.Data.Common;
using System.Text;
using Microsoft.Data.Sqlite;

namespace Dateline.Storage;

/// <summary>SQLite: one file, write-ahead log, FTS5 tables kept in step with <c>articles</c> and <c>quotes</c>.</summary>
internal sealed class SqliteDialect(string path) : IStoreDialect
{
    public string Name => "sqlite";

    public string ArticleTextMatch => "a.id IN (SELECT rowid FROM articles_fts WHERE articles_fts MATCH @q)";

    public string QuoteTextMatch => "q.id IN (SELECT rowid FROM quotes_fts WHERE quotes_fts MATCH @q)";

    /// <summary>Each word becomes a quoted FTS5 string, so that operators and punctuation in the search are taken literally.</summary>
    public string SearchQuery(string words)
    {
        var builder = new StringBuilder();
        foreach (var word in words.Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            if (builder.Length > 0) builder.Append(' ');
            builder.Append('"').Append(word.Replace("\"", "\"\"", StringComparison.Ordinal)).Append('"');
        }
        return builder.ToString();
    }

    public void IndexArticle(SqlSession session, long id, string? title, string text) =>
        session.Defer("INSERT INTO articles_fts(rowid, title, text) VALUES (@id, @title, @text)", ("@id", id), ("@title", title), ("@text", text));

    public void IndexQuotes(SqlSession session, long articleId) =>
        session.Defer("INSERT INTO quotes_fts(rowid, content, speaker) SELECT id, content, speaker FROM quotes WHERE article_id = @a", ("@a", articleId));

    public IBatchWriter CreateWriter(SqlSession session) => new ArticleRowWriter(session, this);

    public DbConnection Open()
    {
        var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = path, Pooling = false }.ToString());
        connection.Open();
        using var command = connection.CreateCommand();
        // WAL: readers never block the writer; NORMAL sync keeps every committed transaction through a process
        // kill (only a power loss can lose the last ones); foreign keys checked; a 64 MB page cache and memory-mapped
        // reads keep the random-key indexes (event keys, LSH bands) fast once the file outgrows the default 2 MB cache.
        command.CommandText = "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL; PRAGMA foreign_keys=ON; PRAGMA busy_timeout=10000; " +
            "PRAGMA cache_size=-65536; PRAGMA mmap_size=268435456;";
        command.ExecuteNonQuery();
        return connection;
    }
}
