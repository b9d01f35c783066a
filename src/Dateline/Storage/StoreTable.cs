namespace Dateline.Storage;

/// <summary>
/// A table the store writes rows into, with its columns in the order in which row values are given. Rows of an
/// article are inserted with <c>ON CONFLICT DO NOTHING</c> (a span listed twice in an analysis is stored once).
/// </summary>
internal sealed class StoreTable
{
    public StoreTable(string name, params StoreColumn[] columns)
    {
        Name = name;
        Columns = columns;
        ColumnList = string.Join(", ", columns.Select(c => c.Name));
        ParameterNames = columns.Select((_, i) => "@p" + i).ToArray();
        InsertValuesSql = $"INSERT INTO {name} ({ColumnList}) VALUES ({string.Join(", ", ParameterNames)}) ON CONFLICT DO NOTHING";
    }

    /// <summary>The table's name.</summary>
    public string Name { get; }

    /// <summary>The columns, in row order.</summary>
    public IReadOnlyList<StoreColumn> Columns { get; }

    /// <summary>The column names, comma-separated.</summary>
    public string ColumnList { get; }

    /// <summary><c>@p0</c>, <c>@p1</c>, ...: the parameter of each column in <see cref="InsertValuesSql"/>.</summary>
    public IReadOnlyList<string> ParameterNames { get; }

    /// <summary>A one-row insert with one named parameter per column.</summary>
    public string InsertValuesSql { get; }
}
