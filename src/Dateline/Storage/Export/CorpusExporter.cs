using System.Text;
using Dateline.Storage.Reading;

namespace Dateline.Storage.Export;

/// <summary>
/// Exports what a query selects from the corpus store in one of the formats the field reads: GDELT 2.0 Events and
/// Mentions, PLOVER records, the native JSON analyses, or Parquet. Rows come in the store's deterministic order.
/// </summary>
public static class CorpusExporter
{
    /// <summary>True for the formats that need a seekable file rather than a pipe (Parquet).</summary>
    public static bool NeedsFile(ExportFormat format) => format is ExportFormat.ParquetEvents or ExportFormat.ParquetMentions;

    /// <summary>Writes the export to <paramref name="output"/> (left open); returns the number of rows or records written.</summary>
    public static long Export(IArticleStore store, ExportFormat format, StoreQuery query, Stream output)
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(query);
        ArgumentNullException.ThrowIfNull(output);
        switch (format)
        {
            case ExportFormat.GdeltEvents:
                return WriteText(output, writer => GdeltEventsExporter.Write(store, query, writer));
            case ExportFormat.GdeltMentions:
                return WriteText(output, writer => GdeltMentionsExporter.Write(store, query, writer));
            case ExportFormat.Plover:
                return PloverExporter.Write(store, query, output);
            case ExportFormat.Jsonl:
                return NativeJsonlExporter.Write(store, query, output);
            case ExportFormat.ParquetEvents:
                return ParquetExporter.WriteEvents(store, query, output);
            case ExportFormat.ParquetMentions:
                return ParquetExporter.WriteMentions(store, query, output);
            default:
                throw new ArgumentOutOfRangeException(nameof(format), format, "Unknown export format.");
        }
    }

    private static long WriteText(Stream output, Func<TextWriter, long> write)
    {
        using var writer = new StreamWriter(output, new UTF8Encoding(false), 1 << 16, leaveOpen: true);
        var rows = write(writer);
        writer.Flush();
        return rows;
    }
}
