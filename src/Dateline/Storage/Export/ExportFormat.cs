namespace Dateline.Storage.Export;

/// <summary>The corpus export formats (docs/EXPORTS.md describes each column).</summary>
public enum ExportFormat
{
    /// <summary>GDELT 2.0 Events: 61 tab-separated columns, one merged event a row, no header.</summary>
    GdeltEvents,

    /// <summary>GDELT 2.0 Mentions: 16 tab-separated columns, one event mention a row, no header.</summary>
    GdeltMentions,

    /// <summary>PLOVER event records, one JSON object a line.</summary>
    Plover,

    /// <summary>The stored <c>dateline.article/1</c> analysis of each article, one a line.</summary>
    Jsonl,

    /// <summary>Merged events as a Parquet file with typed columns.</summary>
    ParquetEvents,

    /// <summary>Event mentions as a Parquet file with typed columns.</summary>
    ParquetMentions,
}
