namespace Dateline.Knowledge.Gazetteer;

/// <summary>A place of the gazetteer: a country, a first-level region or a populated place.</summary>
/// <param name="Name">The place's name as the gazetteer spells it.</param>
/// <param name="Lat">Latitude in degrees (4 decimals; a representative point for countries and regions).</param>
/// <param name="Lon">Longitude in degrees.</param>
/// <param name="CountryCode">ISO 3166-1 alpha-2 code of the country (<c>UA</c>).</param>
/// <param name="CountryCode3">ISO 3166-1 alpha-3 code of the country (<c>UKR</c>).</param>
/// <param name="Admin1">GeoNames first-level administrative code (<c>GA</c>, <c>12</c>), null for countries.</param>
/// <param name="GeonameId">GeoNames id of a populated place; null for countries and regions.</param>
/// <param name="FeatureCode">GeoNames feature code: <c>PCLI</c> for countries, <c>ADM1</c> for regions, <c>PPL*</c> for places.</param>
/// <param name="Population">Population (0 when unknown; the sum over its places for a region).</param>
public sealed record GeoPlace(
    string Name,
    double Lat,
    double Lon,
    string CountryCode,
    string CountryCode3,
    string? Admin1,
    int? GeonameId,
    string FeatureCode,
    long Population)
{
    /// <summary>Feature code given to countries.</summary>
    public const string CountryFeature = "PCLI";

    /// <summary>Feature code given to first-level regions.</summary>
    public const string RegionFeature = "ADM1";

    /// <summary>True for a country.</summary>
    public bool IsCountry => FeatureCode == CountryFeature;

    /// <summary>True for a first-level region.</summary>
    public bool IsRegion => FeatureCode == RegionFeature;

    /// <summary>True when <paramref name="other"/> lies in the same first-level region of the same country.</summary>
    public bool SharesRegion(GeoPlace other) =>
        Admin1 != null && Admin1 == other.Admin1 && CountryCode == other.CountryCode;
}
