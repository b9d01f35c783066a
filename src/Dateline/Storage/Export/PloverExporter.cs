using System.Text.Encodings.Web;
using System.Text.Json;
using Dateline.Storage.Reading;

namespace Dateline.Storage.Export;

/// <summary>
/// Writes merged events as PLOVER event records, one JSON object a line: id, date, event type, mode, context,
/// actor and recipient (name, CAMEO code, country), location, and a reference to the first report (article, URL,
/// outlet, sentence, evidence offsets). Events without a PLOVER type are not written.
/// </summary>
internal static class PloverExporter
{
    private static readonly JsonWriterOptions Options = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>Writes the events the query selects that have a PLOVER type; returns the number of records.</summary>
    public static long Write(IArticleStore store, StoreQuery query, Stream output)
    {
        var first = new FirstMentions(store, query);
        using var json = new Utf8JsonWriter(output, Options);
        long records = 0;
        foreach (var e in store.Events(query))
        {
            if (e.PloverType is null) continue;
            WriteRecord(json, e, first);
            json.Flush();
            json.Reset();
            output.WriteByte((byte)'\n');
            records++;
        }
        return records;
    }

    private static void WriteRecord(Utf8JsonWriter json, StoredEvent e, FirstMentions first)
    {
        json.WriteStartObject();
        json.WriteString("id", "dateline-" + e.Id.ToString(System.Globalization.CultureInfo.InvariantCulture));
        json.WriteString("date", e.Date ?? e.FirstSeen);
        json.WriteString("date_source", e.Date is not null ? "event" : "publication");
        json.WriteString("event", e.PloverType);
        json.WriteString("mode", e.PloverMode);
        json.WriteStartArray("context");
        if (e.PloverContext is not null)
        {
            foreach (var c in e.PloverContext.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)) json.WriteStringValue(c);
        }
        json.WriteEndArray();
        Participant(json, "actor", e.SourceActor, e.SourceName);
        Participant(json, "recipient", e.TargetActor, e.TargetName);
        Location(json, e);
        json.WriteStartObject("cameo");
        json.WriteString("code", e.Cameo);
        WriteNumber(json, "quad_class", e.QuadClass);
        WriteNumber(json, "goldstein", e.Goldstein);
        json.WriteEndObject();
        json.WriteStartObject("counts");
        json.WriteNumber("mentions", e.NumMentions);
        json.WriteNumber("sources", e.NumSources);
        json.WriteNumber("articles", e.NumArticles);
        json.WriteNumber("stories", e.NumStories);
        json.WriteEndObject();
        Source(json, e.Id, first);
        json.WriteEndObject();
    }

    private static void Participant(Utf8JsonWriter json, string name, string? code, string? words)
    {
        if (code is null && words is null)
        {
            json.WriteNull(name);
            return;
        }
        json.WriteStartObject(name);
        json.WriteString("name", words);
        json.WriteString("code", code);
        json.WriteString("country", CameoActorCode.Parse(code).Country);
        json.WriteEndObject();
    }

    private static void Location(Utf8JsonWriter json, StoredEvent e)
    {
        if (e.Place is null && e.CountryCode is null)
        {
            json.WriteNull("location");
            return;
        }
        json.WriteStartObject("location");
        json.WriteString("name", e.Place);
        json.WriteString("country", e.CountryCode);
        WriteNumber(json, "lat", e.Lat);
        WriteNumber(json, "lon", e.Lon);
        json.WriteEndObject();
    }

    private static void Source(Utf8JsonWriter json, long eventId, FirstMentions first)
    {
        if (first.Of(eventId) is not { } m)
        {
            json.WriteNull("source");
            return;
        }
        var (url, outlet, published) = first.Article(m.ArticleId);
        json.WriteStartObject("source");
        json.WriteNumber("article", m.ArticleId);
        json.WriteString("url", url);
        json.WriteString("outlet", outlet);
        json.WriteString("published", published);
        WriteNumber(json, "sentence", m.Sentence);
        json.WriteNumber("start", m.EvidenceStart);
        json.WriteNumber("end", m.EvidenceEnd);
        json.WriteEndObject();
    }

    private static void WriteNumber(Utf8JsonWriter json, string name, double? value)
    {
        if (value is { } v) json.WriteNumber(name, v);
        else json.WriteNull(name);
    }
}
