using System.Data.Common;

namespace Dateline.Storage.Reading;

/// <summary>Typed reads of nullable columns, the same on every backend.</summary>
internal static class Row
{
    public static string? Str(DbDataReader r, int i) => r.IsDBNull(i) ? null : r.GetString(i);

    public static long? Long(DbDataReader r, int i) => r.IsDBNull(i) ? null : r.GetInt64(i);

    public static int? Int(DbDataReader r, int i) => r.IsDBNull(i) ? null : (int)r.GetInt64(i);

    public static double? Double(DbDataReader r, int i) => r.IsDBNull(i) ? null : Convert.ToDouble(r.GetValue(i), System.Globalization.CultureInfo.InvariantCulture);

    public static bool Bool(DbDataReader r, int i) => !r.IsDBNull(i) && r.GetInt64(i) != 0;

    public static StoredEvent Event(DbDataReader r) => new()
    {
        Id = r.GetInt64(0),
        SourceActor = Str(r, 1),
        TargetActor = Str(r, 2),
        SourceName = Str(r, 3),
        TargetName = Str(r, 4),
        Cameo = r.GetString(5),
        Root = Str(r, 6),
        QuadClass = Int(r, 7),
        Goldstein = Double(r, 8),
        PloverType = Str(r, 9),
        PloverMode = Str(r, 10),
        PloverContext = Str(r, 11),
        Date = Str(r, 12),
        Place = Str(r, 13),
        CountryCode = Str(r, 14),
        Lat = Double(r, 15),
        Lon = Double(r, 16),
        NumMentions = r.GetInt64(17),
        NumSources = r.GetInt64(18),
        NumArticles = r.GetInt64(19),
        NumStories = r.GetInt64(20),
        FirstSeen = Str(r, 21),
        LastSeen = Str(r, 22),
    };

    public static StoredEventMention Mention(DbDataReader r) => new()
    {
        Id = r.GetInt64(0),
        EventId = r.GetInt64(1),
        ArticleId = r.GetInt64(2),
        Url = Str(r, 3),
        Outlet = Str(r, 4),
        Published = Str(r, 5),
        LocalId = r.GetString(6),
        Sentence = Int(r, 7),
        SourceText = Str(r, 8),
        TargetText = Str(r, 9),
        Negated = Bool(r, 10),
        Hypothetical = Bool(r, 11),
        Future = Bool(r, 12),
        Question = Bool(r, 13),
        Speaker = Str(r, 14),
        EvidenceStart = (int)r.GetInt64(15),
        EvidenceEnd = (int)r.GetInt64(16),
        SourceStart = Int(r, 17),
        TargetStart = Int(r, 18),
        DocumentLength = Int(r, 19),
    };

    public static StoredClaim Claim(DbDataReader r) => new(
        r.GetInt64(0), r.GetInt64(1), Str(r, 2), Str(r, 3), Str(r, 4), Str(r, 5), Str(r, 6), Str(r, 7), Str(r, 8), Str(r, 9),
        Str(r, 10), (int)r.GetInt64(11), (int)r.GetInt64(12));
}
