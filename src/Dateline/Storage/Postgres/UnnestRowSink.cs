using Npgsql;

namespace Dateline.Storage.Postgres;

/// <summary>
/// Gathers a batch's rows table by table; <see cref="AddTo"/> then puts one multi-row insert per table into an
/// <see cref="NpgsqlBatch"/>, in the order in which the tables were first written (so parents before children).
/// </summary>
internal sealed class UnnestRowSink : IRowSink
{
    private const string SkipConflicts = "ON CONFLICT DO NOTHING";
    private readonly Dictionary<StoreTable, UnnestRows> _tables = [];
    private readonly List<UnnestRows> _order = [];

    public void Add(StoreTable table, params ReadOnlySpan<object?> values)
    {
        if (!_tables.TryGetValue(table, out var rows))
        {
            // Articles are new by construction (checked under the batch's lock): a conflict there is an error.
            rows = new UnnestRows(table, ReferenceEquals(table, StoreTables.Articles) ? "" : SkipConflicts);
            _tables.Add(table, rows);
        }
        if (rows.Count == 0) _order.Add(rows);
        rows.Add(values);
    }

    /// <summary>Adds the inserts of the gathered rows to the batch and forgets them.</summary>
    public void AddTo(NpgsqlBatch batch)
    {
        foreach (var rows in _order)
        {
            batch.BatchCommands.Add(rows.ToCommand());
            rows.Clear();
        }
        _order.Clear();
    }
}
