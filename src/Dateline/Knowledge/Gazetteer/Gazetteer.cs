using System.IO.Compression;
using System.Text;

namespace Dateline.Knowledge.Gazetteer;

/// <summary>
/// The offline gazetteer: every country, a hand-picked set of first-level regions and every populated
/// place of 15,000 people or more (GeoNames data, see <c>knowledge/README.md</c>), plus hand-written
/// spelling variants and metonyms. Lookup by name ignores case, diacritics, dots and a leading <c>the</c>.
/// Immutable once loaded; safe to share between threads.
/// </summary>
public sealed class Gazetteer
{
    /// <summary>Resource name of the generated gazetteer file.</summary>
    public const string DataResource = "knowledge/gazetteer.tsv.gz";

    /// <summary>Resource name of the hand-written overrides.</summary>
    public const string OverridesResource = "knowledge/places-overrides.tsv";

    private static readonly Lazy<Gazetteer> EmbeddedInstance = new(LoadEmbedded, LazyThreadSafetyMode.ExecutionAndPublication);

    private readonly Dictionary<string, GeoPlace[]> _byName;
    private readonly Dictionary<string, GeoPlace> _countries;
    private readonly Dictionary<string, string> _cameo;
    private readonly Dictionary<string, string> _demonyms;
    private readonly HashSet<string> _aliases;

    internal Gazetteer(
        Dictionary<string, GeoPlace[]> byName,
        Dictionary<string, GeoPlace> countries,
        Dictionary<string, string> cameo,
        Dictionary<string, string> demonyms,
        HashSet<string> aliases)
    {
        _byName = byName;
        _countries = countries;
        _cameo = cameo;
        _demonyms = demonyms;
        _aliases = aliases;
    }

    /// <summary>The gazetteer embedded in this assembly, read on first use.</summary>
    public static Gazetteer Embedded => EmbeddedInstance.Value;

    /// <summary>Number of distinct lookup keys (names and variants).</summary>
    public int NameCount => _byName.Count;

    /// <summary>Reads a gazetteer from a gzip-compressed data stream and an optional overrides file.</summary>
    /// <param name="gzipData">The compressed <c>gazetteer.tsv.gz</c> content.</param>
    /// <param name="overrides">The overrides TSV, or null for none.</param>
    /// <param name="source">Name of the input, used in error messages.</param>
    /// <exception cref="InvalidDataException">The data or the overrides are malformed (codes G001–G003).</exception>
    public static Gazetteer Load(Stream gzipData, TextReader? overrides, string source = DataResource)
    {
        ArgumentNullException.ThrowIfNull(gzipData);
        var builder = new GazetteerBuilder();
        using (var gzip = new GZipStream(gzipData, CompressionMode.Decompress, leaveOpen: true))
        using (var reader = new StreamReader(gzip, Encoding.UTF8, detectEncodingFromByteOrderMarks: false, bufferSize: 1 << 16))
        {
            GazetteerReader.Read(reader, builder, source);
        }
        if (overrides != null) OverridesReader.Read(overrides, builder, OverridesResource);
        return builder.Build();
    }

    /// <summary>Every place known under <paramref name="name"/>, in file order (countries, regions, places); empty when none.</summary>
    public IReadOnlyList<GeoPlace> Lookup(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        return _byName.TryGetValue(PlaceNames.Key(name), out var places) ? places : [];
    }

    /// <summary>True when <paramref name="name"/> names <paramref name="place"/> through a hand-written override.</summary>
    public bool IsOverride(string name, GeoPlace place) =>
        _aliases.Contains(PlaceNames.Key(name) + "\u0001" + GazetteerBuilder.Identity(place));

    /// <summary>True when <paramref name="name"/> is a hand-written override for some place (a metonym or variant).</summary>
    public bool HasOverride(string name)
    {
        foreach (var place in Lookup(name))
        {
            if (IsOverride(name, place)) return true;
        }
        return false;
    }

    /// <summary>The country with ISO alpha-2 or alpha-3 code <paramref name="code"/>, or null.</summary>
    public GeoPlace? Country(string code) => _countries.GetValueOrDefault(code);

    /// <summary>The CAMEO country code of an ISO alpha-2 country (alpha-3 except a few older CAMEO codes), or null.</summary>
    public string? CameoCode(string countryCode) => _cameo.GetValueOrDefault(countryCode);

    /// <summary>The ISO alpha-2 country whose demonym is <paramref name="demonym"/> (<c>Ukrainian</c> → <c>UA</c>), or null.</summary>
    public string? CountryOfDemonym(string demonym) => _demonyms.GetValueOrDefault(PlaceNames.Key(demonym));

    private static Gazetteer LoadEmbedded()
    {
        var assembly = typeof(Gazetteer).Assembly;
        using var data = assembly.GetManifestResourceStream(DataResource)
            ?? throw new InvalidOperationException($"G004: resource '{DataResource}' is not embedded in {assembly.GetName().Name}.");
        using var overridesStream = assembly.GetManifestResourceStream(OverridesResource);
        using var overrides = overridesStream == null ? null : new StreamReader(overridesStream, Encoding.UTF8);
        return Load(data, overrides);
    }
}
