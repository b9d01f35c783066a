using System.Data.Common;

namespace Dateline.Storage;

/// <summary>What differs between the SQL of the store's backends; everything else is shared SQL.</summary>
internal interface IStoreDialect
{
    /// <summary>Folder name of the backend's migration scripts (<c>sqlite</c>, <c>postgres</c>).</summary>
    string Name { get; }

    /// <summary>A condition on articles aliased <c>a</c>: their title or text matches the search in parameter <c>@q</c>.</summary>
    string ArticleTextMatch { get; }

    /// <summary>A condition on quotes aliased <c>q</c>: their content or speaker matches the search in <c>@q</c>.</summary>
    string QuoteTextMatch { get; }

    /// <summary>The search words as the backend's full-text engine reads them (all words required).</summary>
    string SearchQuery(string words);

    /// <summary>Indexes a newly stored article for full-text search, when the backend needs it done by hand.</summary>
    void IndexArticle(SqlSession session, long id, string? title, string text);

    /// <summary>Indexes a newly stored article's quotes for full-text search, when the backend needs it done by hand.</summary>
    void IndexQuotes(SqlSession session, long articleId);

    /// <summary>The writer of batches over the session.</summary>
    IBatchWriter CreateWriter(SqlSession session);

    /// <summary>Opens a connection to the store and sets it up for use.</summary>
    DbConnection Open();
}
