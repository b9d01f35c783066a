using System.Collections.Frozen;

namespace Dateline.Storage.Export;

/// <summary>ISO 3166-1 alpha-2 country codes to the FIPS 10-4 codes GDELT writes in its <c>*Geo_CountryCode</c> columns.</summary>
internal static class FipsCountries
{
    private static readonly FrozenDictionary<string, string> IsoToFips =
        ExportKnowledge.Pairs("iso-fips.tsv").ToFrozenDictionary(p => p.Key, p => p.Value, StringComparer.OrdinalIgnoreCase);

    /// <summary>Every pair of the table (ISO, FIPS).</summary>
    public static IEnumerable<KeyValuePair<string, string>> All => IsoToFips;

    /// <summary>The FIPS code of an ISO alpha-2 code, or null when unknown (or no code).</summary>
    public static string? FromIso(string? iso) => iso is not null && IsoToFips.TryGetValue(iso, out var fips) ? fips : null;
}
