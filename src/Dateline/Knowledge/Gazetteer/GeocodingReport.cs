namespace Dateline.Knowledge.Gazetteer;

/// <summary>The outcome of the geocoding check.</summary>
/// <param name="Cases">Number of cases.</param>
/// <param name="Exact">Cases resolved to the expected place.</param>
/// <param name="RightCountry">Cases resolved to a place in the expected country.</param>
/// <param name="Errors">The cases not resolved exactly, with what was picked (null when nothing).</param>
public sealed record GeocodingReport(int Cases, int Exact, int RightCountry, IReadOnlyList<(GeocodingCase Case, GeoPlace? Picked)> Errors)
{
    /// <summary>Exact-place accuracy in percent.</summary>
    public double ExactAccuracy => Cases == 0 ? 0 : 100.0 * Exact / Cases;

    /// <summary>Right-country accuracy in percent.</summary>
    public double CountryAccuracy => Cases == 0 ? 0 : 100.0 * RightCountry / Cases;
}
