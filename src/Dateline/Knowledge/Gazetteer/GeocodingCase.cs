namespace Dateline.Knowledge.Gazetteer;

/// <summary>One labelled toponym-in-context case of the geocoding check.</summary>
/// <param name="Toponym">The name to resolve, with its qualifier.</param>
/// <param name="Dateline">The article's dateline places.</param>
/// <param name="Context">The other places the article names.</param>
/// <param name="Expected">A GeoNames id, <c>C:ISO2</c> or <c>R:ISO2:admin1</c>.</param>
/// <param name="Country">ISO alpha-2 code of the expected place.</param>
/// <param name="Line">Line number in the cases file.</param>
public sealed record GeocodingCase(Toponym Toponym, IReadOnlyList<string> Dateline, IReadOnlyList<string> Context, string Expected, string Country, int Line)
{
    /// <summary>True when <paramref name="place"/> is the expected place.</summary>
    public bool IsExact(GeoPlace? place)
    {
        if (place == null) return false;
        if (Expected.StartsWith("C:", StringComparison.Ordinal)) return place.IsCountry && place.CountryCode == Expected[2..];
        if (Expected.StartsWith("R:", StringComparison.Ordinal)) return place.IsRegion && Expected == "R:" + place.CountryCode + ":" + place.Admin1;
        return place.GeonameId?.ToString(System.Globalization.CultureInfo.InvariantCulture) == Expected;
    }
}
