namespace Dateline.Storage;

/// <summary>Rows as one-row inserts deferred on the session (sent together at its next flush, or at once on SQLite).</summary>
internal sealed class DeferredRowSink(SqlSession session) : IRowSink
{
    public void Add(StoreTable table, params ReadOnlySpan<object?> values)
    {
        var parameters = new (string, object?)[values.Length];
        for (var i = 0; i < values.Length; i++) parameters[i] = (table.ParameterNames[i], values[i]);
        session.Defer(table.InsertValuesSql, parameters);
    }
}
