using System.Text.Json;
using Dateline.Storage.Model;

namespace Dateline.Storage;

/// <summary>Reads one object of the <c>events</c> layer.</summary>
internal static class EventJson
{
    public static EventRecord Read(JsonElement e)
    {
        var plover = Json.Obj(e, "plover");
        var attributed = Json.Obj(e, "attributedTo");
        var location = Json.Obj(e, "location");
        return new EventRecord
        {
            LocalId = Json.Str(e, "id") ?? throw new FormatException("an event has no 'id'."),
            Sentence = Json.Int(e, "sentence"),
            Cameo = Json.Str(e, "cameo") ?? throw new FormatException("an event has no 'cameo' code."),
            Root = Json.Str(e, "root"),
            QuadClass = Json.Int(e, "quadClass"),
            Goldstein = Json.Double(e, "goldstein"),
            PloverType = plover.ValueKind == JsonValueKind.String ? plover.GetString() : Json.Str(plover, "type"),
            PloverMode = Json.Str(plover, "mode"),
            PloverContext = Json.Str(plover, "context"),
            Source = Json.Participant(Json.Obj(e, "source")),
            Target = Json.Participant(Json.Obj(e, "target")),
            Negated = Json.Bool(e, "negated"),
            Hypothetical = Json.Bool(e, "hypothetical"),
            Future = Json.Bool(e, "future"),
            Question = Json.Bool(e, "question"),
            Speaker = Json.Participant(Json.Obj(attributed, "speaker")),
            QuoteId = Json.Str(attributed, "quote"),
            Date = Json.Str(Json.Obj(e, "date"), "value"),
            PlaceName = Json.Str(location, "name") ?? Json.Str(location, "place"),
            CountryCode = Json.Str(location, "countryCode"),
            Lat = Json.Double(location, "lat"),
            Lon = Json.Double(location, "lon"),
            Evidence = Json.Span(Json.Obj(e, "evidence")) ?? throw new FormatException("an event has no 'evidence' span."),
        };
    }
}
