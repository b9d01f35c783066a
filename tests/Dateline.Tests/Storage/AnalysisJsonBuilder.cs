using System.Text.Json.Nodes;

namespace Dateline.Tests.Storage;

/// <summary>
/// Builds <c>dateline.article/1</c> JSON by hand, in the shape the events, quotes and claims stages write,
/// with spans found in the builder's own text so that every offset is real.
/// </summary>
internal sealed class AnalysisJsonBuilder(string text)
{
    private readonly JsonObject _article = new()
    {
        ["id"] = null, ["url"] = null, ["title"] = null, ["published"] = null, ["source"] = null,
        ["bylines"] = new JsonArray(), ["datelinePlaces"] = new JsonArray(), ["language"] = "en", ["origin"] = null,
    };
    private readonly JsonArray _entities = [];
    private readonly JsonArray _events = [];
    private readonly JsonArray _quotes = [];
    private readonly JsonArray _claims = [];
    private readonly JsonArray _times = [];
    private bool _withEvents;

    public AnalysisJsonBuilder Meta(string? url = null, string? title = null, string? published = null, string? source = null)
    {
        _article["url"] = url;
        _article["title"] = title;
        _article["published"] = published;
        _article["source"] = source;
        return this;
    }

    public AnalysisJsonBuilder Entity(string id, string type, string name, params string[] mentions)
    {
        var spans = new JsonArray();
        foreach (var m in mentions) spans.Add(Span(m));
        _entities.Add(new JsonObject { ["id"] = id, ["type"] = type, ["name"] = name, ["mentions"] = spans });
        return this;
    }

    public AnalysisJsonBuilder Time(string words, string value)
    {
        var span = Span(words);
        span["type"] = "DATE";
        span["value"] = value;
        span["sentence"] = 0;
        _times.Add(span);
        return this;
    }

    /// <summary>An event with source and target given as (actor code, entity id, words); the evidence is the sentence holding <paramref name="evidence"/>.</summary>
    public AnalysisJsonBuilder Event(
        string id, string cameo, int quadClass, double goldstein, (string? Actor, string? Entity, string Words) source,
        (string? Actor, string? Entity, string Words)? target, string evidence, string? date = null, string? place = null,
        string? country = null, string? plover = null, string? speaker = null)
    {
        _withEvents = true;
        _events.Add(new JsonObject
        {
            ["id"] = id, ["sentence"] = 0, ["cameo"] = cameo, ["root"] = cameo[..2], ["quadClass"] = quadClass, ["goldstein"] = goldstein,
            ["plover"] = plover is null ? null : new JsonObject { ["type"] = plover, ["mode"] = null, ["context"] = null },
            ["source"] = Participant(source),
            ["target"] = target is { } t ? Participant(t) : null,
            ["negated"] = false, ["hypothetical"] = false, ["future"] = false, ["question"] = false,
            ["attributedTo"] = speaker is null ? null : new JsonObject { ["speaker"] = Participant((null, null, speaker)), ["quote"] = null },
            ["date"] = date is null ? null : new JsonObject { ["value"] = date, ["time"] = null },
            ["location"] = place is null ? null : new JsonObject { ["place"] = place, ["name"] = place, ["lat"] = 50.45, ["lon"] = 30.52, ["countryCode"] = country },
            ["evidence"] = Span(evidence),
        });
        return this;
    }

    public AnalysisJsonBuilder Quote(string id, string content, string cue, string speakerWords, string? speakerEntity = null)
    {
        var speaker = Span(speakerWords);
        speaker["entity"] = speakerEntity;
        _quotes.Add(new JsonObject
        {
            ["id"] = id, ["kind"] = "direct", ["content"] = Span(content), ["cue"] = Span(cue), ["speaker"] = speaker,
            ["via"] = new JsonArray(), ["medium"] = null, ["sentence"] = 0,
        });
        return this;
    }

    public AnalysisJsonBuilder Claim(string id, string claimantWords, string cameo, string evidence, string? targetDate, string? dateWords)
    {
        var claimant = Span(claimantWords);
        claimant["entity"] = null;
        claimant["actor"] = null;
        JsonObject? target = null;
        if (targetDate != null && dateWords != null)
        {
            target = Span(dateWords);
            target["value"] = targetDate;
        }
        _claims.Add(new JsonObject
        {
            ["id"] = id, ["claimant"] = claimant, ["reportedBy"] = null,
            ["event"] = new JsonObject { ["cameo"] = cameo, ["root"] = cameo[..2], ["plover"] = null },
            ["polarity"] = "asserted", ["modality"] = "certain", ["targetDate"] = target, ["evidence"] = Span(evidence),
        });
        return this;
    }

    public string Build()
    {
        var root = new JsonObject
        {
            ["schema"] = "dateline.article/1",
            ["article"] = _article.DeepClone(),
            ["text"] = text,
            ["sentences"] = new JsonArray(new JsonObject { ["start"] = 0, ["end"] = text.Length }),
            ["entities"] = _entities.DeepClone(),
            ["times"] = _times.DeepClone(),
            ["quantities"] = new JsonArray(),
        };
        if (_withEvents || _quotes.Count > 0 || _claims.Count > 0)
        {
            root["quotes"] = _quotes.DeepClone();
            root["events"] = _events.DeepClone();
            root["claims"] = _claims.DeepClone();
        }
        return root.ToJsonString();
    }

    private JsonObject Participant((string? Actor, string? Entity, string Words) p)
    {
        var o = Span(p.Words);
        o["actor"] = p.Actor;
        o["entity"] = p.Entity;
        return o;
    }

    private JsonObject Span(string words)
    {
        var start = text.IndexOf(words, StringComparison.Ordinal);
        if (start < 0) throw new ArgumentException($"'{words}' is not in the text.");
        return new JsonObject { ["start"] = start, ["end"] = start + words.Length, ["text"] = words };
    }
}
