using Parquet;
using Parquet.Schema;

namespace Dateline.Storage.Export;

/// <summary>One typed column of a Parquet export: its field, and how to write a row group's values of it.</summary>
/// <typeparam name="TRow">The exported row.</typeparam>
internal interface IParquetColumn<TRow>
{
    /// <summary>The schema field.</summary>
    DataField Field { get; }

    /// <summary>Writes this column for <paramref name="rows"/> into the row group.</summary>
    Task WriteAsync(ParquetRowGroupWriter group, IReadOnlyList<TRow> rows);
}
