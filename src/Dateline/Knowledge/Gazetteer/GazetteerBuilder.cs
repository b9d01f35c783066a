using System.Globalization;

namespace Dateline.Knowledge.Gazetteer;

/// <summary>Collects the rows of the gazetteer files into the tables a <see cref="Gazetteer"/> keeps.</summary>
internal sealed class GazetteerBuilder
{
    private readonly Dictionary<string, List<GeoPlace>> _byName = new(StringComparer.Ordinal);
    private readonly Dictionary<string, GeoPlace> _countries = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<string, string> _cameo = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<string, GeoPlace> _regions = new(StringComparer.Ordinal);
    private readonly Dictionary<int, GeoPlace> _places = [];
    private readonly Dictionary<string, string> _demonyms = new(StringComparer.Ordinal);
    private readonly HashSet<string> _aliases = new(StringComparer.Ordinal);

    public void AddCountry(GeoPlace country, string cameo, IEnumerable<string> demonyms)
    {
        _countries[country.CountryCode] = country;
        _countries[country.CountryCode3] = country;
        _cameo[country.CountryCode] = cameo;
        foreach (var demonym in demonyms)
        {
            var key = PlaceNames.Key(demonym.Trim());
            if (key.Length > 0) _demonyms.TryAdd(key, country.CountryCode);
        }
    }

    public void AddRegion(GeoPlace region) => _regions[region.CountryCode + ":" + region.Admin1] = region;

    public void AddPlace(GeoPlace place) => _places[place.GeonameId!.Value] = place;

    public void AddNames(GeoPlace place, params string[] names)
    {
        foreach (var name in names)
        {
            if (name.Length == 0) continue;
            var key = PlaceNames.Key(name);
            if (!_byName.TryGetValue(key, out var list)) _byName[key] = list = [];
            if (!ContainsReference(list, place)) list.Add(place);
        }
    }

    private static bool ContainsReference(List<GeoPlace> list, GeoPlace place)
    {
        foreach (var item in list)
        {
            if (ReferenceEquals(item, place)) return true;
        }
        return false;
    }

    public void AddAlias(GeoPlace place, string alias)
    {
        AddNames(place, alias);
        _aliases.Add(PlaceNames.Key(alias) + "\u0001" + Identity(place));
    }

    /// <summary>Finds a place by override target (<c>P:id</c>, <c>C:ISO2</c>, <c>R:ISO2:admin1</c>), or null.</summary>
    public GeoPlace? Find(string target)
    {
        if (target.Length < 3 || target[1] != ':') return null;
        var value = target[2..];
        return target[0] switch
        {
            'P' => int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var id) ? _places.GetValueOrDefault(id) : null,
            'C' => _countries.GetValueOrDefault(value),
            'R' => _regions.GetValueOrDefault(value),
            _ => null,
        };
    }

    /// <summary>A key that tells places apart: GeoNames id, else country and region code.</summary>
    public static string Identity(GeoPlace place) =>
        place.GeonameId?.ToString(CultureInfo.InvariantCulture) ?? place.CountryCode + ":" + place.Admin1;

    public Gazetteer Build()
    {
        var byName = new Dictionary<string, GeoPlace[]>(_byName.Count, StringComparer.Ordinal);
        foreach (var (key, list) in _byName)
        {
            byName[key] = [.. list];
        }
        return new Gazetteer(byName, _countries, _cameo, _demonyms, _aliases);
    }

    /// <summary>The alpha-3 code of a country read earlier (countries come first in the file), else empty.</summary>
    public string Alpha3(string countryCode) =>
        _countries.TryGetValue(countryCode, out var country) ? country.CountryCode3 : "";
}
