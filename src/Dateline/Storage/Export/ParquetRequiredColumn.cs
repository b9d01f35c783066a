using Parquet;
using Parquet.Schema;

namespace Dateline.Storage.Export;

/// <summary>A value-typed Parquet column that is never null (ids, counters, offsets).</summary>
internal sealed class ParquetRequiredColumn<TRow, TValue>(string name, Func<TRow, TValue> value) : IParquetColumn<TRow>
    where TValue : struct
{
    private readonly Func<TRow, TValue> _value = value;

    public DataField Field { get; } = new DataField<TValue>(name);

    public Task WriteAsync(ParquetRowGroupWriter group, IReadOnlyList<TRow> rows)
    {
        var values = new TValue[rows.Count];
        for (var i = 0; i < values.Length; i++) values[i] = _value(rows[i]);
        return group.WriteAsync(Field, new ReadOnlyMemory<TValue>(values));
    }
}
