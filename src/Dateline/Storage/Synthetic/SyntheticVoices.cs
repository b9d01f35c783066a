using System.Globalization;
using System.Text;
using System.Text.Json;

namespace Dateline.Storage.Synthetic;

/// <summary>
/// The people of a synthetic corpus and what they say: each article gets one quote by a speaker from a fixed pool
/// of made-up people (each with an actor code, skewed like the events' actors, so a few speakers dominate), and
/// every second article a dated claim. Drawn from its own seeded generator, so the events of a seed do not change.
/// </summary>
internal sealed class SyntheticVoices
{
    private const int Speakers = 400;
    private static readonly string[] Cues = ["said", "told reporters", "warned", "added", "insisted"];
    private static readonly string[] Roots = ["04", "05", "13", "17", "18", "19", "20"];
    private static readonly string[] Sectors = ["GOV", "MIL", "OPP", "MED"];

    private readonly Random _random;
    private readonly string[] _words;
    private readonly (string Name, string Actor)[] _speakers;
    private (int Start, int End) _speaker, _cue, _content, _claim, _claimant, _target;
    private int _speakerIndex, _root;
    private string? _targetDay;

    public SyntheticVoices(int seed, string[] words, string[] countries)
    {
        _random = new Random(seed ^ 0x3c3c);
        _words = words;
        _speakers = new (string, string)[Speakers];
        for (var i = 0; i < Speakers; i++)
        {
            var country = countries[(int)Math.Min(countries.Length - 1, Math.Exp(_random.NextDouble() * Math.Log(countries.Length + 1)) - 1)];
            _speakers[i] = (Capital(Word()) + " " + Capital(Word()), country + Sectors[_random.Next(Sectors.Length)]);
        }
    }

    /// <summary>Appends this article's quote (and maybe claim) sentences to <paramref name="text"/>.</summary>
    public void Append(StringBuilder text, DateOnly published)
    {
        _speakerIndex = (int)Math.Min(Speakers - 1, Math.Exp(_random.NextDouble() * Math.Log(Speakers + 1)) - 1);
        text.Append(' ');
        _speaker = Add(text, _speakers[_speakerIndex].Name);
        text.Append(' ');
        _cue = Add(text, Cues[_random.Next(Cues.Length)]);
        text.Append(" \"");
        var start = text.Length;
        for (var w = 0; w < 6 + _random.Next(8); w++) text.Append(w > 0 ? " " : "").Append(_words[_random.Next(_words.Length)]);
        _content = (start, text.Length);
        text.Append("\".");
        _targetDay = null;
        if (_random.Next(2) != 0) return;
        text.Append(' ');
        var sentence = text.Length;
        _claimant = Add(text, "Officials");
        text.Append(" warned of ").Append(_words[_random.Next(_words.Length)]).Append(" on ");
        _targetDay = published.AddDays(1 + _random.Next(10)).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        _target = Add(text, _targetDay);
        text.Append('.');
        _claim = (sentence, text.Length);
        _root = _random.Next(Roots.Length);
    }

    /// <summary>Writes the <c>entities</c>, <c>quotes</c> and <c>claims</c> arrays for the sentences last appended.</summary>
    public void Write(Utf8JsonWriter w, string text)
    {
        var (name, actor) = _speakers[_speakerIndex];
        w.WriteStartArray("entities");
        w.WriteStartObject();
        w.WriteString("id", "p1");
        w.WriteString("type", "PERSON");
        w.WriteString("name", name);
        w.WriteString("actor", actor);
        w.WriteStartArray("mentions");
        Span(w, null, _speaker, text);
        w.WriteEndArray();
        w.WriteEndObject();
        w.WriteEndArray();
        w.WriteStartArray("quotes");
        w.WriteStartObject();
        w.WriteString("id", "q1");
        w.WriteString("kind", "direct");
        Span(w, "content", _content, text);
        Span(w, "cue", _cue, text);
        w.WriteStartObject("speaker");
        SpanFields(w, _speaker, text);
        w.WriteString("entity", "p1");
        w.WriteEndObject();
        w.WriteEndObject();
        w.WriteEndArray();
        w.WriteStartArray("claims");
        if (_targetDay is not null) WriteClaim(w, text);
        w.WriteEndArray();
    }

    private void WriteClaim(Utf8JsonWriter w, string text)
    {
        w.WriteStartObject();
        w.WriteString("id", "c1");
        Span(w, "claimant", _claimant, text);
        w.WriteStartObject("event");
        w.WriteString("cameo", Roots[_root] + "0");
        w.WriteString("root", Roots[_root]);
        w.WriteEndObject();
        w.WriteString("polarity", "asserted");
        w.WriteString("modality", "certain");
        w.WriteStartObject("targetDate");
        SpanFields(w, _target, text);
        w.WriteString("value", _targetDay);
        w.WriteEndObject();
        Span(w, "evidence", _claim, text);
        w.WriteEndObject();
    }

    private static void Span(Utf8JsonWriter w, string? name, (int Start, int End) span, string text)
    {
        if (name is null) w.WriteStartObject();
        else w.WriteStartObject(name);
        SpanFields(w, span, text);
        w.WriteEndObject();
    }

    private static void SpanFields(Utf8JsonWriter w, (int Start, int End) span, string text)
    {
        w.WriteNumber("start", span.Start);
        w.WriteNumber("end", span.End);
        w.WriteString("text", text.AsSpan(span.Start, span.End - span.Start));
    }

    private static (int, int) Add(StringBuilder text, string words)
    {
        var start = text.Length;
        text.Append(words);
        return (start, text.Length);
    }

    private string Word() => _words[_random.Next(_words.Length)];

    private static string Capital(string word) => char.ToUpperInvariant(word[0]) + word[1..];
}
