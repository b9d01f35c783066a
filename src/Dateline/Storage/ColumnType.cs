namespace Dateline.Storage;

/// <summary>The SQL type of a stored column, as PostgreSQL names it (SQLite stores the same values untyped).</summary>
internal enum ColumnType
{
    /// <summary>A 64-bit integer (<c>bigint</c>); flags are 0 or 1.</summary>
    Bigint,

    /// <summary>Text.</summary>
    Text,

    /// <summary>A double-precision number.</summary>
    Double,

    /// <summary>Bytes (<c>bytea</c>).</summary>
    Bytea,
}
