using System.Text.Json;
using Dateline.Storage.Dedup;
using Dateline.Storage.Model;

namespace Dateline.Storage;

/// <summary>Reads the rows the store keeps out of a <c>dateline.article/1</c> JSON object.</summary>
internal static class AnalysisJsonReader
{
    public static ArticleAnalysis Read(string json)
    {
        ArgumentNullException.ThrowIfNull(json);
        try
        {
            using var document = JsonDocument.Parse(json);
            return Read(document.RootElement, json);
        }
        catch (JsonException ex)
        {
            throw new FormatException("analysis JSON is malformed: " + ex.Message, ex);
        }
        catch (InvalidOperationException ex)
        {
            throw new FormatException("analysis JSON has a field of the wrong type: " + ex.Message, ex);
        }
    }

    private static ArticleAnalysis Read(JsonElement root, string json)
    {
        if (root.ValueKind != JsonValueKind.Object || Json.Str(root, "schema") != Serialization.ArticleJsonWriter.Schema)
        {
            throw new FormatException($"analysis JSON is not a '{Serialization.ArticleJsonWriter.Schema}' object.");
        }
        var text = Json.Str(root, "text") ?? throw new FormatException("analysis JSON has no 'text'.");
        var article = root.TryGetProperty("article", out var a) && a.ValueKind == JsonValueKind.Object ? a : default;
        var entities = Json.Array(root, "entities", EntityJson);
        var events = Json.Array(root, "events", EventJson.Read);
        return new ArticleAnalysis
        {
            ContentHash = ContentHash.Of(text),
            ExternalId = Json.Str(article, "id"),
            Url = Json.Str(article, "url"),
            Title = Json.Str(article, "title"),
            Source = Json.Str(article, "source"),
            Published = Json.Day(Json.Str(article, "published")),
            Text = text,
            Json = json,
            Signature = MinHasher.Signature(text),
            Entities = WithActorCodes(entities, events),
            Times = Json.Array(root, "times", t => new TimeRecord(Json.Span(t)!, Json.Str(t, "type"), Json.Str(t, "value"), Json.Int(t, "sentence"))),
            Quantities = Json.Array(root, "quantities", QuantityJson),
            Quotes = Json.Array(root, "quotes", QuoteJson),
            Events = events,
            Claims = Json.Array(root, "claims", ClaimJson),
        };
    }

    private static EntityRecord EntityJson(JsonElement e) => new(
        Json.Str(e, "id") ?? throw new FormatException("an entity has no 'id'."),
        Json.Str(e, "type") ?? "",
        Json.Str(e, "name") ?? "",
        Json.ActorCode(e),
        Json.Array(e, "mentions", m => Json.Span(m)!));

    private static QuantityRecord QuantityJson(JsonElement q) => new(
        Json.Span(q)!, Json.Double(q, "value"), Json.Str(q, "kind"), Json.Str(q, "unit"), Json.Str(q, "currency"), Json.Int(q, "sentence"));

    private static QuoteRecord QuoteJson(JsonElement q) => new(
        Json.Str(q, "id") ?? throw new FormatException("a quote has no 'id'."),
        Json.Str(q, "kind"),
        Json.Span(Json.Obj(q, "content")) ?? throw new FormatException("a quote has no 'content' span."),
        Json.Span(Json.Obj(q, "cue")),
        Json.Participant(Json.Obj(q, "speaker")),
        Json.Str(q, "medium"),
        Json.Int(q, "sentence"));

    private static ClaimRecord ClaimJson(JsonElement c)
    {
        var claimed = Json.Obj(c, "event");
        var target = Json.Obj(c, "targetDate");
        return new ClaimRecord
        {
            LocalId = Json.Str(c, "id") ?? throw new FormatException("a claim has no 'id'."),
            Claimant = Json.Participant(Json.Obj(c, "claimant")),
            ReportedBy = Json.Str(c, "reportedBy") ?? Json.Str(Json.Obj(c, "reportedBy"), "text"),
            Cameo = Json.Str(claimed, "cameo"),
            Root = Json.Str(claimed, "root"),
            PloverType = Json.Str(claimed, "plover") ?? Json.Str(Json.Obj(claimed, "plover"), "type"),
            Polarity = Json.Str(c, "polarity"),
            Modality = Json.Str(c, "modality"),
            TargetDate = Json.Str(target, "value"),
            TargetSpan = Json.Span(target),
            Evidence = Json.Span(Json.Obj(c, "evidence")) ?? throw new FormatException("a claim has no 'evidence' span."),
        };
    }

    /// <summary>Entities the events layer coded as actors take that actor code when the entity has none.</summary>
    private static IReadOnlyList<EntityRecord> WithActorCodes(IReadOnlyList<EntityRecord> entities, IReadOnlyList<EventRecord> events)
    {
        if (events.Count == 0) return entities;
        var codes = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var e in events)
        {
            foreach (var p in (ReadOnlySpan<ParticipantRecord?>)[e.Source, e.Target])
            {
                if (p is { EntityId: { } id, ActorCode: { } code }) codes.TryAdd(id, code);
            }
        }
        var result = new EntityRecord[entities.Count];
        for (var i = 0; i < entities.Count; i++)
        {
            var entity = entities[i];
            result[i] = entity.ActorCode is null && codes.TryGetValue(entity.LocalId, out var code) ? entity with { ActorCode = code } : entity;
        }
        return result;
    }
}
