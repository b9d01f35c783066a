using System.Text.Json;
using Dateline.Storage.Model;

namespace Dateline.Storage;

/// <summary>Tolerant accessors for analysis JSON: a missing or null property reads as null.</summary>
internal static class Json
{
    public static JsonElement Obj(JsonElement e, string name) =>
        e.ValueKind == JsonValueKind.Object && e.TryGetProperty(name, out var v) && v.ValueKind != JsonValueKind.Null ? v : default;

    public static string? Str(JsonElement e, string name)
    {
        var v = Obj(e, name);
        return v.ValueKind switch
        {
            JsonValueKind.String => v.GetString(),
            JsonValueKind.Number => v.GetRawText(),
            _ => null,
        };
    }

    public static int? Int(JsonElement e, string name) =>
        Obj(e, name) is { ValueKind: JsonValueKind.Number } v && v.TryGetInt32(out var i) ? i : null;

    public static double? Double(JsonElement e, string name) =>
        Obj(e, name) is { ValueKind: JsonValueKind.Number } v ? v.GetDouble() : null;

    public static bool Bool(JsonElement e, string name) => Obj(e, name).ValueKind == JsonValueKind.True;

    /// <summary>A <c>{start, end, text?}</c> object as a span, or null when absent.</summary>
    public static AnalysisSpan? Span(JsonElement e)
    {
        if (Int(e, "start") is not { } start || Int(e, "end") is not { } end) return null;
        return new AnalysisSpan(start, end, Str(e, "text"));
    }

    /// <summary>A source, target, speaker or claimant object, or null when absent.</summary>
    public static ParticipantRecord? Participant(JsonElement e)
    {
        if (e.ValueKind != JsonValueKind.Object) return null;
        return new ParticipantRecord(ActorCode(e), Str(e, "entity"), Str(e, "text"), Span(e));
    }

    /// <summary>An <c>actor</c> property given as a code string or as an object with a <c>code</c>.</summary>
    public static string? ActorCode(JsonElement e)
    {
        var actor = Obj(e, "actor");
        return actor.ValueKind == JsonValueKind.Object ? Str(actor, "code") : Str(e, "actor");
    }

    /// <summary>The date part (<c>YYYY-MM-DD</c>) of a date or timestamp, or null when it does not start with one.</summary>
    public static string? Day(string? value) =>
        value is { Length: >= 10 } && DateOnly.TryParseExact(value.AsSpan(0, 10), "yyyy-MM-dd", out _) ? value[..10] : null;

    public static IReadOnlyList<T> Array<T>(JsonElement e, string name, Func<JsonElement, T> read)
    {
        var v = Obj(e, name);
        if (v.ValueKind != JsonValueKind.Array) return [];
        var list = new List<T>(v.GetArrayLength());
        foreach (var item in v.EnumerateArray()) list.Add(read(item));
        return list;
    }
}
