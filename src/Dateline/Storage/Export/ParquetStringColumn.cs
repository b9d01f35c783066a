using Parquet;
using Parquet.Schema;

namespace Dateline.Storage.Export;

/// <summary>A nullable UTF-8 string Parquet column.</summary>
internal sealed class ParquetStringColumn<TRow>(string name, Func<TRow, string?> value) : IParquetColumn<TRow>
{
    private readonly Func<TRow, string?> _value = value;

    public DataField Field { get; } = new DataField<string>(name, nullable: true);

    public Task WriteAsync(ParquetRowGroupWriter group, IReadOnlyList<TRow> rows)
    {
        var values = new string?[rows.Count];
        for (var i = 0; i < values.Length; i++) values[i] = _value(rows[i]);
        return group.WriteAsync(Field, values!);
    }
}
