using Npgsql;
using NpgsqlTypes;

namespace Dateline.Storage.Postgres;

/// <summary>An <see cref="UnnestColumn"/> holding values of one .NET type.</summary>
internal sealed class TypedUnnestColumn<T>(NpgsqlDbType elementType, Func<object?, T> convert) : UnnestColumn
{
    private readonly List<T> _values = [];

    public override int Count => _values.Count;

    public override void Add(object? value) => _values.Add(convert(value));

    public override NpgsqlParameter ToParameter() => new() { NpgsqlDbType = NpgsqlDbType.Array | elementType, Value = _values.ToArray() };

    public override void Clear() => _values.Clear();
}
