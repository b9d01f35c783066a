using System.Text;
using Dateline.Storage.Model;

namespace Dateline.Storage;

/// <summary>
/// What makes two event mentions the same happening across articles: the same source actor, target actor,
/// CAMEO code, day and place. An actor without a code is its lower-cased words; an event without a
/// day-precise date takes its article's publication day (as GDELT's <c>SQLDATE</c> does).
/// </summary>
/// <param name="Value">The key as stored (<c>src|tgt|cameo|day|place</c>).</param>
/// <param name="Date">The event's day, <c>YYYY-MM-DD</c>, or null when neither the event nor the article has one.</param>
internal readonly record struct EventKey(string Value, string? Date)
{
    public static EventKey Of(EventRecord e, string? published)
    {
        var date = Json.Day(e.Date) ?? published;
        var value = new StringBuilder()
            .Append(Actor(e.Source)).Append('|')
            .Append(Actor(e.Target)).Append('|')
            .Append(e.Cameo).Append('|')
            .Append(date).Append('|')
            .Append(EntityKey.Fold(e.PlaceName ?? "")).Append('|')
            .Append(e.CountryCode)
            .ToString();
        return new EventKey(value, date);
    }

    /// <summary>The first three letters of an actor code: the country (or IGO/group) part that dyads name.</summary>
    public static string? Country(string? actorCode) => actorCode is { Length: >= 3 } ? actorCode[..3] : actorCode;

    /// <summary>CAMEO root of a code: its first two digits.</summary>
    public static string RootOf(string cameo) => cameo.Length >= 2 ? cameo[..2] : cameo;

    private static string Actor(ParticipantRecord? p) =>
        p is null ? "" : p.ActorCode ?? "~" + EntityKey.Fold(p.Text ?? p.EntityId ?? "");
}
