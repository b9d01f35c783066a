using System.Data.Common;
using Dateline.Storage.Reading;

namespace Dateline.Storage;

/// <summary>The store over one SQL connection; the dialect holds what differs between SQLite and PostgreSQL.</summary>
internal sealed class SqlArticleStore : IArticleStore
{
    private readonly IStoreDialect _dialect;
    private readonly string _location;
    private readonly SqlSession _session;
    private readonly IBatchWriter _writer;
    private readonly StoreReader _reader;

    private SqlArticleStore(IStoreDialect dialect, string location, DbConnection connection)
    {
        _dialect = dialect;
        _location = location;
        _session = new SqlSession(connection);
        _writer = dialect.CreateWriter(_session);
        _reader = new StoreReader(connection, dialect);
    }

    public string Backend => _dialect.Name;

    public int SchemaVersion { get; private set; }

    public static SqlArticleStore Open(IStoreDialect dialect, string location)
    {
        DbConnection connection;
        try
        {
            connection = dialect.Open();
        }
        catch (Exception ex) when (ex is DbException or InvalidOperationException or IOException or ArgumentException)
        {
            throw new StoreException($"{location}: cannot open the {dialect.Name} store: {ex.Message}", ex);
        }
        var store = new SqlArticleStore(dialect, location, connection);
        try
        {
            store.SchemaVersion = SchemaMigrator.Migrate(store._session, dialect.Name);
            return store;
        }
        catch (DbException ex)
        {
            store.Dispose();
            throw new StoreException($"{location}: schema migration failed: {ex.Message}", ex);
        }
    }

    public IReadOnlySet<string> ContentHashes()
    {
        var hashes = new HashSet<string>(StringComparer.Ordinal);
        using var reader = _session.Query("SELECT content_hash FROM articles");
        while (reader.Read()) hashes.Add(reader.GetString(0));
        return hashes;
    }

    public StoredArticle? FindArticle(string contentHash, string? url = null)
    {
        ArgumentNullException.ThrowIfNull(contentHash);
        return _reader.ArticleBy("a.content_hash = @key", contentHash) ?? (url is null ? null : _reader.ArticleBy("a.url = @key", url));
    }

    public StoreBatchResult Add(IReadOnlyList<ArticleAnalysis> batch)
    {
        ArgumentNullException.ThrowIfNull(batch);
        StoreBatchResult result;
        try
        {
            using var transaction = _session.Begin();
            result = _writer.Write(batch);
            transaction.Commit();
        }
        catch (DbException ex)
        {
            _writer.Forget();
            throw new StoreException($"{_location}: storing a batch of {batch.Count} articles failed (nothing of it was stored): {ex.Message}", ex);
        }
        finally
        {
            _session.EndTransaction();
        }
        return result;
    }

    public StoreCounts Counts()
    {
        long Count(string sql) => Convert.ToInt64(_session.Scalar(sql), System.Globalization.CultureInfo.InvariantCulture);
        return new StoreCounts(
            Count("SELECT count(*) FROM articles"),
            Count("SELECT count(DISTINCT cluster_id) FROM articles"),
            Count("SELECT count(*) FROM entities"),
            Count("SELECT count(*) FROM mentions"),
            Count("SELECT count(*) FROM quotes"),
            Count("SELECT count(*) FROM times"),
            Count("SELECT count(*) FROM quantities"),
            Count("SELECT count(*) FROM events"),
            Count("SELECT count(*) FROM event_mentions"),
            Count("SELECT count(*) FROM claims"));
    }

    public IEnumerable<StoredArticle> Articles(StoreQuery query) => _reader.Articles(query);

    public IEnumerable<StoredEvent> Events(StoreQuery query) => _reader.Events(query);

    public IEnumerable<StoredEventMention> EventMentions(StoreQuery query) => _reader.EventMentions(query);

    public IEnumerable<StoredQuote> Quotes(StoreQuery query) => _reader.Quotes(query);

    public IEnumerable<StoredClaim> Claims(StoreQuery query) => _reader.Claims(query);

    public IEnumerable<StoredActor> Actors(StoreQuery query) => _reader.Actors(query);

    public IEnumerable<StoredPlace> Places(StoreQuery query) => _reader.Places(query);

    public IEnumerable<StoredDyad> Dyads(StoreQuery query) => _reader.Dyads(query);

    public IReadOnlyList<SeriesPoint> Series(StoreQuery query) => _reader.Series(query);

    public IReadOnlyList<ClaimCheck> CheckClaims(StoreQuery query, int windowDays) => _reader.CheckClaims(query, windowDays);

    public string? AnalysisJson(long articleId) =>
        _session.Scalar("SELECT analysis_json FROM articles WHERE id = @id", ("@id", articleId)) as string;

    public void Dispose()
    {
        var connection = _session.Connection;
        _session.Dispose();
        connection.Dispose();
    }
}
