using System.Globalization;
using Npgsql;

namespace Dateline.Storage.Postgres;

/// <summary>
/// Rows of one table gathered column by column and sent as one statement,
/// <c>INSERT INTO t (a, b) SELECT * FROM unnest($1::bigint[], $2::text[]) ...</c>: any number of rows in one
/// statement whose text never changes (so it is prepared once), the values travelling as binary arrays.
/// </summary>
internal sealed class UnnestRows
{
    private readonly UnnestColumn[] _columns;
    private readonly string _sql;

    /// <param name="table">The table and its columns.</param>
    /// <param name="suffix">What follows the <c>SELECT</c>: an <c>ON CONFLICT</c> clause, a <c>RETURNING</c> list, or nothing.</param>
    public UnnestRows(StoreTable table, string suffix)
    {
        _columns = table.Columns.Select(c => UnnestColumn.For(c.Type)).ToArray();
        var arrays = table.Columns.Select((c, i) => string.Create(CultureInfo.InvariantCulture, $"${i + 1}::{SqlType(c.Type)}[]"));
        _sql = $"INSERT INTO {table.Name} ({table.ColumnList}) SELECT * FROM unnest({string.Join(", ", arrays)}) {suffix}".TrimEnd();
    }

    /// <summary>The number of rows gathered.</summary>
    public int Count => _columns[0].Count;

    /// <summary>Adds a row, its values in column order.</summary>
    public void Add(ReadOnlySpan<object?> values)
    {
        if (values.Length != _columns.Length)
        {
            throw new ArgumentException($"{values.Length} values for {_columns.Length} columns", nameof(values));
        }
        for (var i = 0; i < values.Length; i++) _columns[i].Add(values[i]);
    }

    /// <summary>The statement inserting every gathered row.</summary>
    public NpgsqlBatchCommand ToCommand()
    {
        var command = new NpgsqlBatchCommand(_sql);
        foreach (var column in _columns) command.Parameters.Add(column.ToParameter());
        return command;
    }

    /// <summary>Forgets the rows.</summary>
    public void Clear()
    {
        foreach (var column in _columns) column.Clear();
    }

    private static string SqlType(ColumnType type) => type switch
    {
        ColumnType.Bigint => "bigint",
        ColumnType.Text => "text",
        ColumnType.Double => "double precision",
        ColumnType.Bytea => "bytea",
        _ => throw new ArgumentOutOfRangeException(nameof(type), type, "no such column type"),
    };
}
