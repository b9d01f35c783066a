using Dateline.Storage.Reading;

namespace Dateline.Storage.Export;

/// <summary>
/// Writes event mentions as GDELT 2.0 Mentions rows: the 16 tab-separated columns of GDELT's published schema,
/// no header, one mention a row, by event then mention id. docs/EXPORTS.md maps each column.
/// </summary>
internal static class GdeltMentionsExporter
{
    /// <summary>The number of columns of a row.</summary>
    public const int ColumnCount = 16;

    /// <summary>GDELT's MentionType for web documents.</summary>
    private const int Web = 1;

    /// <summary>Writes the mentions of the events the query selects; returns the number of rows.</summary>
    public static long Write(IArticleStore store, StoreQuery query, TextWriter output)
    {
        var row = new TsvRowWriter(output);
        var pending = new List<StoredEventMention>();
        long rows = 0;
        foreach (var m in store.EventMentions(query))
        {
            if (pending.Count > 0 && pending[0].EventId != m.EventId) rows += Flush(row, pending);
            pending.Add(m);
        }
        return rows + Flush(row, pending);
    }

    /// <summary>Writes the buffered mentions of one event; the earliest publication day among them is the event's time.</summary>
    private static int Flush(TsvRowWriter row, List<StoredEventMention> mentions)
    {
        string? firstSeen = null;
        foreach (var m in mentions)
        {
            if (m.Published is not null && (firstSeen is null || string.CompareOrdinal(m.Published, firstSeen) < 0)) firstSeen = m.Published;
        }
        var eventTime = GdeltDates.Parse(firstSeen)?.Timestamp;
        foreach (var m in mentions) WriteRow(row, m, eventTime);
        var count = mentions.Count;
        mentions.Clear();
        return count;
    }

    private static void WriteRow(TsvRowWriter row, StoredEventMention m, long? eventTime)
    {
        row.Number(m.EventId)
            .Number(eventTime)
            .Number(GdeltDates.Parse(m.Published)?.Timestamp)
            .Number(Web)
            .Text(m.Outlet ?? Host(m.Url))
            .Text(m.Url ?? FirstMentions.ArticleCitation(m.ArticleId))
            .Number(m.Sentence is { } s ? s + 1 : null)
            .Number(m.SourceStart ?? -1)
            .Number(m.TargetStart ?? -1)
            .Number(m.EvidenceStart)
            .Number(1L)
            .Number(MentionConfidence.Of(m))
            .Number(m.DocumentLength)
            .Number(0L)
            .Empty(1)
            .Text(Extras(m));
        row.End();
    }

    /// <summary>Our per-mention modality flags, which GDELT has no column for, as <c>negated;hypothetical;future;question</c> (those set).</summary>
    internal static string? Extras(StoredEventMention m)
    {
        if (!m.Negated && !m.Hypothetical && !m.Future && !m.Question) return null;
        var flags = new List<string>(4);
        if (m.Negated) flags.Add("negated");
        if (m.Hypothetical) flags.Add("hypothetical");
        if (m.Future) flags.Add("future");
        if (m.Question) flags.Add("question");
        return string.Join(';', flags);
    }

    private static string? Host(string? url) =>
        url is not null && Uri.TryCreate(url, UriKind.Absolute, out var uri) ? uri.Host : null;
}
