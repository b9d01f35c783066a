using Npgsql;
using NpgsqlTypes;

namespace Dateline.Storage.Postgres;

/// <summary>The values of one column of gathered rows, sent as one PostgreSQL array parameter.</summary>
internal abstract class UnnestColumn
{
    /// <summary>The number of values gathered.</summary>
    public abstract int Count { get; }

    /// <summary>A column for values of the type (long, string, double or byte[], each possibly null).</summary>
    public static UnnestColumn For(ColumnType type) => type switch
    {
        ColumnType.Bigint => new TypedUnnestColumn<long?>(NpgsqlDbType.Bigint, v => (long?)v),
        ColumnType.Text => new TypedUnnestColumn<string?>(NpgsqlDbType.Text, v => (string?)v),
        ColumnType.Double => new TypedUnnestColumn<double?>(NpgsqlDbType.Double, v => (double?)v),
        ColumnType.Bytea => new TypedUnnestColumn<byte[]?>(NpgsqlDbType.Bytea, v => (byte[]?)v),
        _ => throw new ArgumentOutOfRangeException(nameof(type), type, "no such column type"),
    };

    /// <summary>Adds a value; it must be of the column's type or null.</summary>
    public abstract void Add(object? value);

    /// <summary>The values as an array parameter (positional).</summary>
    public abstract NpgsqlParameter ToParameter();

    /// <summary>Forgets the values.</summary>
    public abstract void Clear();
}
