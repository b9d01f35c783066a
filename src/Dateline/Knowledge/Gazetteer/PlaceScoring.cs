namespace Dateline.Knowledge.Gazetteer;

/// <summary>
/// The evidence weights of <see cref="PlaceResolver"/>. Each rule adds to a candidate's score; the
/// highest score wins. The figures were set by hand and checked with <c>dateline eval geo</c>.
/// </summary>
internal static class PlaceScoring
{
    /// <summary>Prior of a country: named countries are by far the most frequent reading in news.</summary>
    public const double CountryPrior = 9.5;

    /// <summary>Prior of a region before its population is counted.</summary>
    public const double RegionPrior = 3.0;

    /// <summary>A hand-written override names this place (<c>Kiev</c>, <c>the Kremlin</c>).</summary>
    public const double OverrideBonus = 2.0;

    /// <summary>The qualifier written after the name (<c>Paris, Texas</c>) names the candidate's region or country.</summary>
    public const double QualifierMatch = 15.0;

    /// <summary>The qualifier names some region or country, but not the candidate's.</summary>
    public const double QualifierMismatch = -5.0;

    /// <summary>A dateline place lies in the candidate's country.</summary>
    public const double DatelineCountry = 2.0;

    /// <summary>A dateline place lies in the candidate's region, or is the candidate.</summary>
    public const double DatelineRegion = 2.0;

    /// <summary>Another place of the article lies in the candidate's country (per place, capped).</summary>
    public const double ContextCountry = 1.0;

    /// <summary>Another place of the article lies in the candidate's region.</summary>
    public const double ContextRegion = 2.0;

    /// <summary>The candidate's own country is named in the article.</summary>
    public const double ContextOwnCountry = 2.0;

    /// <summary>Another place of the article lies inside the candidate country or region.</summary>
    public const double ContextInsideCountry = 3.0;

    /// <summary>Another country is named: a name read as a country fits articles about countries.</summary>
    public const double ContextOtherCountry = 0.5;

    /// <summary>Ceiling of the context evidence, so that a long list of places cannot swamp the rest.</summary>
    public const double ContextCap = 6.0;

    /// <summary>Score from what the candidate is: kind, capital or seat, population.</summary>
    public static double Prior(GeoPlace place)
    {
        if (place.IsCountry) return CountryPrior;
        var size = Math.Log10(Math.Max(place.Population, 1));
        if (place.IsRegion) return RegionPrior + 0.5 * size;
        return size + place.FeatureCode switch
        {
            "PPLC" => 2.5,
            "PPLA" => 1.5,
            "PPLA2" => 0.5,
            "PPLX" or "PPLH" or "PPLQ" or "PPLW" => -1.0,
            _ => 0.0,
        };
    }

    /// <summary>Evidence from one other place of the article (or of the dateline) about <paramref name="candidate"/>.</summary>
    public static double Context(GeoPlace candidate, GeoPlace other)
    {
        if (candidate.IsCountry)
        {
            if (other.CountryCode == candidate.CountryCode) return other.IsCountry ? 0 : ContextInsideCountry;
            return other.IsCountry ? ContextOtherCountry : 0;
        }
        if (other.CountryCode != candidate.CountryCode) return 0;
        if (other.IsCountry) return ContextOwnCountry;
        if (candidate.SharesRegion(other)) return (candidate.IsRegion ? ContextInsideCountry : ContextRegion) + ContextCountry;
        return ContextCountry;
    }
}
