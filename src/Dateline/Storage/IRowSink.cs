namespace Dateline.Storage;

/// <summary>Receives the rows of new articles, table by table; a backend decides how they reach the database.</summary>
internal interface IRowSink
{
    /// <summary>Adds one row; <paramref name="values"/> follow the table's columns (long, string, double, byte[] or null).</summary>
    void Add(StoreTable table, params ReadOnlySpan<object?> values);
}
