using System.Buffers;
using System.Globalization;
using System.Text;
using System.Text.Json;

namespace Dateline.Storage.Synthetic;

/// <summary>
/// Generates a synthetic corpus for measuring the store at scale: articles of made-up words (so that no two
/// are near-duplicates), each with coded events whose actors follow a skewed (Zipf-like) distribution over
/// country codes, so that a few dyads are large as in real news, over three years of dates and a set of
/// places, and one quote per article (a dated claim in every second one) by a pool of made-up speakers
/// (<see cref="SyntheticVoices"/>). The articles go through the same JSON the pipeline writes. Seeded: the same
/// seed gives the same corpus.
/// </summary>
public sealed class SyntheticCorpus(int seed, int eventsPerArticle = 10)
{
    private static readonly string[] Countries =
    [
        "RUS", "UKR", "USA", "CHN", "ISR", "PSE", "IRN", "IND", "PAK", "GBR", "FRA", "DEU", "TUR", "SYR", "IRQ", "AFG", "PRK", "KOR",
        "JPN", "SAU", "EGY", "NGA", "ETH", "SDN", "BRA", "MEX", "VEN", "COL", "POL", "BLR", "GEO", "ARM", "AZE", "LBN", "YEM", "LBY",
        "MLI", "SOM", "MMR", "PHL",
    ];

    private static readonly string[] Sectors = ["", "GOV", "MIL", "COP", "OPP", "BUS", "MED", "REB"];

    private static readonly (string Code, int Quad, double Goldstein, string Plover)[] Codes =
    [
        ("010", 1, 0, "OTHER"), ("020", 1, 3, "OTHER"), ("036", 1, 4, "CONSULT"), ("040", 1, 1, "CONSULT"), ("042", 1, 1.9, "CONSULT"),
        ("043", 1, 2.8, "CONSULT"), ("046", 1, 7, "CONSULT"), ("051", 1, 3.4, "COOPERATE"), ("057", 1, 8, "AGREE"), ("061", 2, 6.4, "COOPERATE"),
        ("071", 2, 7.4, "AID"), ("073", 2, 7.4, "AID"), ("081", 2, 5, "RETREAT"), ("087", 2, 9, "RETREAT"), ("090", 3, -2, "OTHER"),
        ("111", 3, -2, "ACCUSE"), ("112", 3, -2, "ACCUSE"), ("120", 3, -4, "REJECT"), ("130", 3, -4.4, "THREATEN"), ("138", 3, -7, "THREATEN"),
        ("141", 3, -6.5, "PROTEST"), ("163", 4, -8, "SANCTION"), ("172", 4, -5, "COERCE"), ("173", 4, -5, "COERCE"), ("180", 4, -9, "ASSAULT"),
        ("181", 4, -9, "ASSAULT"), ("190", 4, -10, "ASSAULT"), ("193", 4, -10, "ASSAULT"), ("195", 4, -10, "ASSAULT"), ("200", 4, -10, "ASSAULT"),
    ];

    private static readonly (string Name, string Country, double Lat, double Lon)[] Places =
    [
        ("Kyiv", "UA", 50.45, 30.52), ("Kharkiv", "UA", 49.99, 36.23), ("Moscow", "RU", 55.75, 37.62), ("Gaza", "PS", 31.5, 34.47),
        ("Jerusalem", "IL", 31.77, 35.21), ("Beijing", "CN", 39.9, 116.4), ("Washington", "US", 38.9, -77.04), ("Tehran", "IR", 35.69, 51.39),
        ("Kabul", "AF", 34.53, 69.17), ("Damascus", "SY", 33.51, 36.29), ("Baghdad", "IQ", 33.34, 44.4), ("Khartoum", "SD", 15.5, 32.56),
        ("Caracas", "VE", 10.48, -66.9), ("Warsaw", "PL", 52.23, 21.01), ("Minsk", "BY", 53.9, 27.57), ("Beirut", "LB", 33.89, 35.5),
    ];

    private static readonly string[] Outlets = ["Wire One", "Daily Two", "Global Desk", "Press Union", "Evening Post", "Metro News", "Radio Ten", "The Ledger"];

    private static readonly string[] Syllables =
        ["ka", "lo", "mi", "ne", "ru", "ta", "vo", "shi", "pe", "da", "gri", "zu", "bel", "tor", "an", "es", "im", "ol", "ur", "fen"];

    private readonly Random _random = new(seed);
    private readonly string[] _words = Vocabulary(new Random(seed ^ 0x5a5a), 4000);
    private readonly DateOnly _start = new(2020, 1, 1);
    private SyntheticVoices? _voices;

    private SyntheticVoices Voices => _voices ??= new SyntheticVoices(seed, _words, Countries);

    /// <summary>The <paramref name="index"/>-th article's analysis (call in order: the generator is sequential).</summary>
    public ArticleAnalysis Next(int index)
    {
        var text = new StringBuilder(eventsPerArticle * 100);
        var spans = new (int Start, int End)[eventsPerArticle];
        for (var i = 0; i < eventsPerArticle; i++)
        {
            if (i > 0) text.Append(' ');
            var start = text.Length;
            var words = 8 + _random.Next(8);
            for (var w = 0; w < words; w++)
            {
                if (w > 0) text.Append(' ');
                text.Append(_words[_random.Next(_words.Length)]);
            }
            text.Append('.');
            spans[i] = (start, text.Length);
        }
        text.Append(" Ref ").Append(index.ToString(CultureInfo.InvariantCulture)).Append('.');
        var published = _start.AddDays(_random.Next(3 * 365));
        Voices.Append(text, published);
        return ArticleAnalysis.FromJson(Json(index, text.ToString(), spans, published));
    }

    private string Json(int index, string text, (int Start, int End)[] spans, DateOnly published)
    {
        var buffer = new ArrayBufferWriter<byte>(text.Length * 4);
        using (var w = new Utf8JsonWriter(buffer))
        {
            w.WriteStartObject();
            w.WriteString("schema", Serialization.ArticleJsonWriter.Schema);
            w.WriteStartObject("article");
            w.WriteString("id", "synthetic-" + index.ToString(CultureInfo.InvariantCulture));
            w.WriteString("url", "https://synthetic.example/" + index.ToString(CultureInfo.InvariantCulture));
            w.WriteString("published", published.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
            w.WriteString("source", Outlets[_random.Next(Outlets.Length)]);
            w.WriteEndObject();
            w.WriteString("text", text);
            Voices.Write(w, text);
            w.WriteStartArray("events");
            for (var i = 0; i < spans.Length; i++) WriteEvent(w, i, spans[i], published);
            w.WriteEndArray();
            w.WriteEndObject();
        }
        return Encoding.UTF8.GetString(buffer.WrittenSpan);
    }

    private void WriteEvent(Utf8JsonWriter w, int i, (int Start, int End) span, DateOnly published)
    {
        var code = Codes[_random.Next(Codes.Length)];
        var place = Places[_random.Next(Places.Length)];
        var date = published.AddDays(-_random.Next(3));
        w.WriteStartObject();
        w.WriteString("id", "ev" + (i + 1).ToString(CultureInfo.InvariantCulture));
        w.WriteNumber("sentence", i);
        w.WriteString("cameo", code.Code);
        w.WriteString("root", code.Code[..2]);
        w.WriteNumber("quadClass", code.Quad);
        w.WriteNumber("goldstein", code.Goldstein);
        w.WriteStartObject("plover");
        w.WriteString("type", code.Plover);
        w.WriteEndObject();
        WriteActor(w, "source", span);
        WriteActor(w, "target", span);
        w.WriteStartObject("date");
        w.WriteString("value", date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        w.WriteEndObject();
        w.WriteStartObject("location");
        w.WriteString("name", place.Name);
        w.WriteString("countryCode", place.Country);
        w.WriteNumber("lat", place.Lat);
        w.WriteNumber("lon", place.Lon);
        w.WriteEndObject();
        w.WriteStartObject("evidence");
        w.WriteNumber("start", span.Start);
        w.WriteNumber("end", span.End);
        w.WriteEndObject();
        w.WriteEndObject();
    }

    private void WriteActor(Utf8JsonWriter w, string name, (int Start, int End) span)
    {
        var code = Countries[Skewed(Countries.Length)] + Sectors[_random.Next(Sectors.Length)];
        w.WriteStartObject(name);
        w.WriteString("actor", code);
        w.WriteString("text", code);
        w.WriteNumber("start", span.Start);
        w.WriteNumber("end", span.Start + 1);
        w.WriteEndObject();
    }

    /// <summary>An index in [0, n) with probability falling as 1/(i+1): the first countries dominate.</summary>
    private int Skewed(int n)
    {
        var harmonic = Math.Log(n) + 0.5772;
        var u = _random.NextDouble() * harmonic;
        var i = (int)Math.Exp(u - 0.5772) - 1;
        return Math.Clamp(i, 0, n - 1);
    }

    private static string[] Vocabulary(Random random, int size)
    {
        var words = new HashSet<string>(StringComparer.Ordinal);
        while (words.Count < size)
        {
            var parts = 2 + random.Next(3);
            var word = new StringBuilder();
            for (var p = 0; p < parts; p++) word.Append(Syllables[random.Next(Syllables.Length)]);
            words.Add(word.ToString());
        }
        return [.. words];
    }
}
