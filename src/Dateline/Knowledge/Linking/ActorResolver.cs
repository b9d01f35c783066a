using Dateline.Documents;
using Dateline.Knowledge.Dictionaries;

namespace Dateline.Knowledge.Linking;

/// <summary>
/// Finds actor codes: names in the actor dictionaries (code valid at a date), countries and nationality
/// adjectives in the gazetteer, and role nouns with their modifiers (<see cref="ResolveNounPhrase"/>).
/// Immutable; one instance serves every document.
/// </summary>
public sealed partial class ActorResolver
{
    private static readonly string[] FamilyNameEndings = ["iy", "yy", "y", "ii", "i", "yi", "ij"];

    private readonly DictionarySet _dictionaries;
    private readonly Gazetteer.Gazetteer _gazetteer;

    /// <summary>Creates a resolver over <paramref name="dictionaries"/> and a gazetteer (the embedded one when null).</summary>
    public ActorResolver(DictionarySet dictionaries, Gazetteer.Gazetteer? gazetteer = null)
    {
        ArgumentNullException.ThrowIfNull(dictionaries);
        _dictionaries = dictionaries;
        _gazetteer = gazetteer ?? Gazetteer.Gazetteer.Embedded;
    }

    /// <summary>The dictionaries searched.</summary>
    public DictionarySet Dictionaries => _dictionaries;

    /// <summary>
    /// The actor dictionary entry for a name as written: the name itself, then without possessive and titles, then
    /// with the family name's transliteration variants (<c>Zelenskiy</c>, <c>Zelenskyy</c>, <c>Zelensky</c>).
    /// </summary>
    public ActorEntry? FindEntry(string name, bool person)
    {
        ArgumentNullException.ThrowIfNull(name);
        if (_dictionaries.Actors.Count == 0) return null;
        var stripped = NameForms.StripPossessive(name.Trim());
        if (Lookup(stripped) is { } entry) return entry;
        var bare = NameForms.Bare(stripped, person);
        if (bare != stripped && Lookup(bare) is { } bareEntry) return bareEntry;
        return person ? FindVariant(bare) : null;
    }

    /// <summary>The actor for a code, with its country and role parts read.</summary>
    public ActorLink Describe(string code, ActorSource source)
    {
        ArgumentNullException.ThrowIfNull(code);
        return ActorCodes.Describe(code, source, IsCountryCode);
    }

    /// <summary>The actor of an entry on <paramref name="date"/> (its undated or latest code without one), or null when no code applies.</summary>
    public ActorLink? ActorOf(ActorEntry entry, DateOnly? date)
    {
        ArgumentNullException.ThrowIfNull(entry);
        return ActorCodes.CodeAt(entry, date) is { } code ? Describe(code, ActorSource.Dictionary) : null;
    }

    /// <summary>The CAMEO code of a country name or nationality adjective (<c>Ukraine</c>, <c>Russian</c>, <c>Russians</c>), or null.</summary>
    public string? CountryOfWord(string word)
    {
        ArgumentNullException.ThrowIfNull(word);
        var name = NameForms.StripPossessive(word);
        var alpha2 = _gazetteer.CountryOfDemonym(name);
        if (alpha2 is null && name.EndsWith('s')) alpha2 = _gazetteer.CountryOfDemonym(name[..^1]);
        if (alpha2 is not null) return CameoOf(alpha2);
        foreach (var place in _gazetteer.Lookup(name))
        {
            if (place.IsCountry) return CameoOf(place.CountryCode);
        }
        return null;
    }

    /// <summary>The CAMEO code of an ISO alpha-2 country.</summary>
    internal string CameoOf(string alpha2) => _gazetteer.CameoCode(alpha2) ?? _gazetteer.Country(alpha2)?.CountryCode3 ?? alpha2;

    /// <summary>True when the gazetteer knows <paramref name="code"/> as a country (ISO alpha-3 or CAMEO).</summary>
    internal bool IsCountryCode(string code) => code.Length == 3 && _gazetteer.Country(code) is not null;

    /// <summary>True when <paramref name="name"/> is a hand-written override of <paramref name="place"/> (a metonym such as <c>the Kremlin</c>).</summary>
    internal bool IsMetonym(string name, Gazetteer.GeoPlace place) => _gazetteer.IsOverride(name, place) || _gazetteer.IsOverride("the " + name, place);

    private ActorEntry? Lookup(string phrase) =>
        phrase.Length == 0 ? null : _dictionaries.FindActor(new WordPool().Split(phrase));

    private ActorEntry? FindVariant(string bare)
    {
        var key = NameForms.WordKey(bare[(bare.LastIndexOf(' ') + 1)..]);
        if (key.Length < 4 || key[^1] != 'y') return null;
        var stem = bare[..^FamilyNameEndingLength(bare)];
        foreach (var ending in FamilyNameEndings)
        {
            var candidate = stem + ending;
            if (candidate != bare && Lookup(candidate) is { } entry) return entry;
        }
        return null;
    }

    private static int FamilyNameEndingLength(string name)
    {
        var length = 0;
        for (var i = name.Length - 1; i >= 0 && name[i] is 'y' or 'i' or 'j' or 'Y' or 'I' or 'J' && length < 2; i--) length++;
        return length;
    }
}
