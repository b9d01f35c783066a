using Dateline.Storage.Reading;

namespace Dateline.Storage.Export;

/// <summary>
/// Writes merged events as GDELT 2.0 Events rows: the 61 tab-separated columns of GDELT's published schema, in
/// order, no header, one event a row in the store's order (event day, then id). docs/EXPORTS.md maps each column.
/// </summary>
internal static class GdeltEventsExporter
{
    /// <summary>The number of columns of a row.</summary>
    public const int ColumnCount = 61;

    /// <summary>Writes the events the query selects; returns the number of rows.</summary>
    public static long Write(IArticleStore store, StoreQuery query, TextWriter output)
    {
        var first = new FirstMentions(store, query);
        var row = new TsvRowWriter(output);
        long rows = 0;
        foreach (var e in store.Events(query))
        {
            WriteRow(row, e, first);
            rows++;
        }
        return rows;
    }

    private static void WriteRow(TsvRowWriter row, StoredEvent e, FirstMentions first)
    {
        var day = GdeltDates.Parse(e.Date) ?? GdeltDates.Parse(e.FirstSeen);
        row.Number(e.Id).Number(day?.SqlDate).Number(day?.MonthYear).Number(day?.Day.Year).Number(day?.FractionDate);
        Actor(row, e.SourceActor, e.SourceName);
        Actor(row, e.TargetActor, e.TargetName);
        row.Number(first.Of(e.Id) is { InLead: true } ? 1 : 0)
            .Text(e.Cameo)
            .Text(e.Cameo.Length >= 3 ? e.Cameo[..3] : e.Cameo)
            .Text(e.Root ?? (e.Cameo.Length >= 2 ? e.Cameo[..2] : e.Cameo))
            .Number(e.QuadClass)
            .Number(e.Goldstein)
            .Number(e.NumMentions).Number(e.NumSources).Number(e.NumArticles)
            .Number(0L);
        NoGeo(row);
        NoGeo(row);
        ActionGeo(row, e);
        row.Number(GdeltDates.Parse(e.FirstSeen)?.Timestamp).Text(first.SourceUrl(e.Id));
        row.End();
    }

    private static void Actor(TsvRowWriter row, string? code, string? name)
    {
        var parts = CameoActorCode.Parse(code);
        row.Text(code).Text(name).Text(parts.Country).Text(parts.KnownGroup)
            .Empty(1)
            .Text(parts.Religion1).Text(parts.Religion2).Text(parts.Type1).Text(parts.Type2).Text(parts.Type3);
    }

    /// <summary>Actor geography: we do not place actors, so type 0 (no match) and empty fields, as GDELT writes them.</summary>
    private static void NoGeo(TsvRowWriter row) => row.Number(0L).Empty(7);

    private static void ActionGeo(TsvRowWriter row, StoredEvent e)
    {
        var fips = FipsCountries.FromIso(e.CountryCode);
        var hasPoint = e.Lat is not null && e.Lon is not null;
        var type = GeoType(e.CountryCode, hasPoint, e.Place);
        if (type == 0)
        {
            NoGeo(row);
            return;
        }
        row.Number(type).Text(e.Place).Text(fips).Text(type == 1 ? fips : null).Empty(1)
            .Number(hasPoint ? e.Lat : null).Number(hasPoint ? e.Lon : null).Empty(1);
    }

    /// <summary>GDELT's geographic resolution: 1 country, 3 US city, 4 world city (a place with coordinates), 0 none.</summary>
    internal static int GeoType(string? countryCode, bool hasPoint, string? place)
    {
        if (hasPoint && place is not null) return string.Equals(countryCode, "US", StringComparison.OrdinalIgnoreCase) ? 3 : 4;
        return countryCode is not null ? 1 : 0;
    }
}
