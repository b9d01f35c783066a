namespace Dateline.Knowledge.Gazetteer;

/// <summary>
/// Runs <see cref="PlaceResolver"/> on labelled cases: each case is one article whose toponyms are the
/// case's toponym followed by its context places, with the case's dateline.
/// </summary>
public static class GeocodingEvaluator
{
    /// <summary>Resolves every case and counts exact and right-country answers.</summary>
    public static GeocodingReport Evaluate(PlaceResolver resolver, IReadOnlyList<GeocodingCase> cases)
    {
        ArgumentNullException.ThrowIfNull(resolver);
        ArgumentNullException.ThrowIfNull(cases);
        int exact = 0, country = 0;
        var errors = new List<(GeocodingCase, GeoPlace?)>();
        foreach (var item in cases)
        {
            var picked = Resolve(resolver, item);
            if (item.IsExact(picked)) exact++;
            else errors.Add((item, picked));
            if (picked != null && picked.CountryCode == item.Country) country++;
        }
        return new GeocodingReport(cases.Count, exact, country, errors);
    }

    /// <summary>The place picked for the case's toponym.</summary>
    public static GeoPlace? Resolve(PlaceResolver resolver, GeocodingCase item)
    {
        ArgumentNullException.ThrowIfNull(resolver);
        ArgumentNullException.ThrowIfNull(item);
        var toponyms = new List<Toponym>(item.Context.Count + 1) { item.Toponym };
        foreach (var name in item.Context) toponyms.Add(Toponym.Parse(name));
        var dateline = resolver.ResolveDateline(item.Dateline);
        return resolver.Resolve(toponyms, dateline)[0];
    }
}
