namespace Dateline.Knowledge.Gazetteer;

/// <summary>
/// Picks one gazetteer place for each toponym of an article. Evidence, in <see cref="PlaceScoring"/>:
/// what the candidate is (country &gt; capital &gt; admin seat &gt; other, and population), a qualifier
/// written after the name (<c>Paris, Texas</c>), the dateline places, and the other places of the
/// article (<c>Georgia</c> beside <c>Tbilisi</c> is the country, beside <c>Atlanta</c> the US state).
/// Stateless: one instance serves any number of articles.
/// </summary>
public sealed class PlaceResolver
{
    private const int Rounds = 2;
    private readonly Gazetteer _gazetteer;

    /// <summary>Creates a resolver over <paramref name="gazetteer"/>.</summary>
    public PlaceResolver(Gazetteer gazetteer)
    {
        ArgumentNullException.ThrowIfNull(gazetteer);
        _gazetteer = gazetteer;
    }

    /// <summary>Resolves the dateline places, each qualified by those after it (<c>KYIV, Ukraine</c>).</summary>
    public IReadOnlyList<GeoPlace?> ResolveDateline(IReadOnlyList<string> datelinePlaces)
    {
        ArgumentNullException.ThrowIfNull(datelinePlaces);
        var toponyms = new Toponym[datelinePlaces.Count];
        for (var i = 0; i < toponyms.Length; i++)
        {
            var parsed = Toponym.Parse(datelinePlaces[i]);
            toponyms[i] = parsed.Qualifier == null && i + 1 < toponyms.Length ? parsed with { Qualifier = datelinePlaces[i + 1] } : parsed;
        }
        return Resolve(toponyms, []);
    }

    /// <summary>
    /// Resolves each toponym of one article; the result is aligned with <paramref name="toponyms"/>,
    /// null where the gazetteer knows no place of that name.
    /// </summary>
    /// <param name="toponyms">The article's place names, in text order.</param>
    /// <param name="dateline">The resolved dateline places (see <see cref="ResolveDateline"/>).</param>
    public IReadOnlyList<GeoPlace?> Resolve(IReadOnlyList<Toponym> toponyms, IReadOnlyList<GeoPlace?> dateline)
    {
        ArgumentNullException.ThrowIfNull(toponyms);
        ArgumentNullException.ThrowIfNull(dateline);
        var candidates = new IReadOnlyList<GeoPlace>[toponyms.Count];
        var fixedScores = new double[toponyms.Count][];
        for (var i = 0; i < toponyms.Count; i++)
        {
            candidates[i] = _gazetteer.Lookup(toponyms[i].Name);
            fixedScores[i] = FixedScores(toponyms[i], candidates[i], dateline);
        }
        var picks = new GeoPlace?[toponyms.Count];
        for (var round = 0; round <= Rounds; round++)
        {
            var previous = (GeoPlace?[])picks.Clone();
            for (var i = 0; i < toponyms.Count; i++)
            {
                picks[i] = Best(i, toponyms, candidates[i], fixedScores[i], round == 0 ? null : previous);
            }
        }
        return picks;
    }

    private double[] FixedScores(Toponym toponym, IReadOnlyList<GeoPlace> candidates, IReadOnlyList<GeoPlace?> dateline)
    {
        var qualifiers = toponym.Qualifier == null ? [] : QualifierPlaces(toponym.Qualifier);
        var scores = new double[candidates.Count];
        for (var c = 0; c < candidates.Count; c++)
        {
            var candidate = candidates[c];
            var score = PlaceScoring.Prior(candidate);
            if (_gazetteer.IsOverride(toponym.Name, candidate)) score += PlaceScoring.OverrideBonus;
            if (qualifiers.Count > 0) score += Matches(candidate, qualifiers) ? PlaceScoring.QualifierMatch : PlaceScoring.QualifierMismatch;
            foreach (var place in dateline)
            {
                if (place == null || place.CountryCode != candidate.CountryCode) continue;
                score += PlaceScoring.DatelineCountry;
                if (place == candidate || candidate.SharesRegion(place)) score += PlaceScoring.DatelineRegion;
            }
            scores[c] = score;
        }
        return scores;
    }

    private IReadOnlyList<GeoPlace> QualifierPlaces(string qualifier)
    {
        var places = _gazetteer.Lookup(qualifier);
        var country = _gazetteer.Country(qualifier.Trim().Replace(".", "", StringComparison.Ordinal));
        return country == null ? places : [.. places, country];
    }

    private static bool Matches(GeoPlace candidate, IReadOnlyList<GeoPlace> qualifiers)
    {
        foreach (var qualifier in qualifiers)
        {
            if (qualifier.IsCountry && qualifier.CountryCode == candidate.CountryCode && !candidate.IsCountry) return true;
            if (qualifier.IsRegion && candidate.SharesRegion(qualifier)) return true;
        }
        return false;
    }

    private static GeoPlace? Best(int index, IReadOnlyList<Toponym> toponyms, IReadOnlyList<GeoPlace> candidates, double[] fixedScores, GeoPlace?[]? context)
    {
        GeoPlace? best = null;
        var bestScore = double.NegativeInfinity;
        for (var c = 0; c < candidates.Count; c++)
        {
            var score = fixedScores[c];
            if (context != null) score += ContextScore(index, toponyms, candidates[c], context);
            if (score > bestScore)
            {
                best = candidates[c];
                bestScore = score;
            }
        }
        return best;
    }

    private static double ContextScore(int index, IReadOnlyList<Toponym> toponyms, GeoPlace candidate, GeoPlace?[] context)
    {
        var total = 0.0;
        for (var j = 0; j < context.Length; j++)
        {
            var other = context[j];
            if (j == index || other == null || SameName(toponyms[index], toponyms[j])) continue;
            total += PlaceScoring.Context(candidate, other);
        }
        return Math.Min(total, PlaceScoring.ContextCap);
    }

    private static bool SameName(Toponym a, Toponym b) =>
        PlaceNames.Key(a.Name) == PlaceNames.Key(b.Name);
}
