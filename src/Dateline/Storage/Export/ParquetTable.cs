using Parquet;
using Parquet.Schema;

namespace Dateline.Storage.Export;

/// <summary>Writes rows to a Parquet file column by column, in row groups of a fixed size.</summary>
internal sealed class ParquetTable<TRow>(IReadOnlyList<IParquetColumn<TRow>> columns, int rowGroupSize = 100_000)
{
    private readonly IReadOnlyList<IParquetColumn<TRow>> _columns = columns;
    private readonly int _rowGroupSize = rowGroupSize;

    /// <summary>The file's schema.</summary>
    public ParquetSchema Schema { get; } = new(columns.Select(c => (Field)c.Field));

    /// <summary>Writes every row; returns the number written.</summary>
    public async Task<long> WriteAsync(IEnumerable<TRow> rows, Stream output)
    {
        await using var writer = await ParquetWriter.CreateAsync(Schema, output).ConfigureAwait(false);
        var buffer = new List<TRow>(_rowGroupSize);
        long count = 0;
        foreach (var row in rows)
        {
            buffer.Add(row);
            if (buffer.Count < _rowGroupSize) continue;
            count += await FlushAsync(writer, buffer).ConfigureAwait(false);
        }
        if (buffer.Count > 0 || count == 0) count += await FlushAsync(writer, buffer).ConfigureAwait(false);
        return count;
    }

    private async Task<int> FlushAsync(ParquetWriter writer, List<TRow> buffer)
    {
        using (var group = writer.CreateRowGroup())
        {
            foreach (var column in _columns) await column.WriteAsync(group, buffer).ConfigureAwait(false);
        }
        var written = buffer.Count;
        buffer.Clear();
        return written;
    }
}
