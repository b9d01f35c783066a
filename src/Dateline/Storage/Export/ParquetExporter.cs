using System.Globalization;
using Dateline.Storage.Reading;

namespace Dateline.Storage.Export;

/// <summary>Writes merged events, or event mentions, as Parquet files with typed columns (docs/EXPORTS.md lists them).</summary>
internal static class ParquetExporter
{
    /// <summary>The event columns, in file order.</summary>
    public static readonly IReadOnlyList<IParquetColumn<StoredEvent>> EventColumns =
    [
        new ParquetRequiredColumn<StoredEvent, long>("id", e => e.Id),
        new ParquetValueColumn<StoredEvent, DateOnly>("date", e => Day(e.Date)),
        new ParquetStringColumn<StoredEvent>("source_actor", e => e.SourceActor),
        new ParquetStringColumn<StoredEvent>("source_name", e => e.SourceName),
        new ParquetStringColumn<StoredEvent>("source_country", e => CameoActorCode.Parse(e.SourceActor).Country),
        new ParquetStringColumn<StoredEvent>("target_actor", e => e.TargetActor),
        new ParquetStringColumn<StoredEvent>("target_name", e => e.TargetName),
        new ParquetStringColumn<StoredEvent>("target_country", e => CameoActorCode.Parse(e.TargetActor).Country),
        new ParquetStringColumn<StoredEvent>("cameo", e => e.Cameo),
        new ParquetStringColumn<StoredEvent>("root", e => e.Root),
        new ParquetValueColumn<StoredEvent, int>("quad_class", e => e.QuadClass),
        new ParquetValueColumn<StoredEvent, double>("goldstein", e => e.Goldstein),
        new ParquetStringColumn<StoredEvent>("plover_type", e => e.PloverType),
        new ParquetStringColumn<StoredEvent>("plover_mode", e => e.PloverMode),
        new ParquetStringColumn<StoredEvent>("plover_context", e => e.PloverContext),
        new ParquetStringColumn<StoredEvent>("place", e => e.Place),
        new ParquetStringColumn<StoredEvent>("country_code", e => e.CountryCode),
        new ParquetValueColumn<StoredEvent, double>("lat", e => e.Lat),
        new ParquetValueColumn<StoredEvent, double>("lon", e => e.Lon),
        new ParquetRequiredColumn<StoredEvent, long>("num_mentions", e => e.NumMentions),
        new ParquetRequiredColumn<StoredEvent, long>("num_sources", e => e.NumSources),
        new ParquetRequiredColumn<StoredEvent, long>("num_articles", e => e.NumArticles),
        new ParquetRequiredColumn<StoredEvent, long>("num_stories", e => e.NumStories),
        new ParquetValueColumn<StoredEvent, DateOnly>("first_seen", e => Day(e.FirstSeen)),
        new ParquetValueColumn<StoredEvent, DateOnly>("last_seen", e => Day(e.LastSeen)),
    ];

    /// <summary>The mention columns, in file order.</summary>
    public static readonly IReadOnlyList<IParquetColumn<StoredEventMention>> MentionColumns =
    [
        new ParquetRequiredColumn<StoredEventMention, long>("id", m => m.Id),
        new ParquetRequiredColumn<StoredEventMention, long>("event_id", m => m.EventId),
        new ParquetRequiredColumn<StoredEventMention, long>("article_id", m => m.ArticleId),
        new ParquetStringColumn<StoredEventMention>("url", m => m.Url),
        new ParquetStringColumn<StoredEventMention>("outlet", m => m.Outlet),
        new ParquetValueColumn<StoredEventMention, DateOnly>("published", m => Day(m.Published)),
        new ParquetStringColumn<StoredEventMention>("local_id", m => m.LocalId),
        new ParquetValueColumn<StoredEventMention, int>("sentence", m => m.Sentence),
        new ParquetStringColumn<StoredEventMention>("source_text", m => m.SourceText),
        new ParquetValueColumn<StoredEventMention, int>("source_start", m => m.SourceStart),
        new ParquetStringColumn<StoredEventMention>("target_text", m => m.TargetText),
        new ParquetValueColumn<StoredEventMention, int>("target_start", m => m.TargetStart),
        new ParquetRequiredColumn<StoredEventMention, int>("evidence_start", m => m.EvidenceStart),
        new ParquetRequiredColumn<StoredEventMention, int>("evidence_end", m => m.EvidenceEnd),
        new ParquetRequiredColumn<StoredEventMention, bool>("negated", m => m.Negated),
        new ParquetRequiredColumn<StoredEventMention, bool>("hypothetical", m => m.Hypothetical),
        new ParquetRequiredColumn<StoredEventMention, bool>("future", m => m.Future),
        new ParquetRequiredColumn<StoredEventMention, bool>("question", m => m.Question),
        new ParquetStringColumn<StoredEventMention>("speaker", m => m.Speaker),
    ];

    /// <summary>Writes the events the query selects; returns the number of rows.</summary>
    public static long WriteEvents(IArticleStore store, StoreQuery query, Stream output) =>
        new ParquetTable<StoredEvent>(EventColumns).WriteAsync(store.Events(query), output).GetAwaiter().GetResult();

    /// <summary>Writes the mentions of the events the query selects; returns the number of rows.</summary>
    public static long WriteMentions(IArticleStore store, StoreQuery query, Stream output) =>
        new ParquetTable<StoredEventMention>(MentionColumns).WriteAsync(store.EventMentions(query), output).GetAwaiter().GetResult();

    private static DateOnly? Day(string? value) =>
        value is { Length: >= 10 } && DateOnly.TryParseExact(value.AsSpan(0, 10), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d)
            ? d
            : null;
}
