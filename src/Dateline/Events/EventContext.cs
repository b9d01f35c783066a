using System.Globalization;
using Dateline.Documents;
using Dateline.Events.Cameo;
using Dateline.Extraction.Quotes;
using Dateline.Extraction.Times;
using Dateline.Knowledge.Gazetteer;

namespace Dateline.Events;

/// <summary>
/// What the event stage knows about a document beyond one sentence's parse (article date, entities, times,
/// places) and how it turns a <see cref="CodedEvent"/> into an <see cref="Event"/>.
/// </summary>
internal sealed class EventContext
{
    /// <summary>The date actor codes are read at when the article has none: the current holders (open-ended codes).</summary>
    private static readonly DateOnly Undated = new(2100, 1, 1);

    private readonly Document _document;
    private readonly CameoCatalog _catalog;
    private readonly PloverMapping _plover;
    private readonly IReadOnlyList<Entity> _entities;
    private readonly IReadOnlyList<TimeExpression> _times;
    private readonly IReadOnlyList<ResolvedPlace> _places;
    private readonly IReadOnlyList<Quote> _quotes;
    private readonly string? _articleDate;

    public EventContext(Document document, CameoCatalog catalog, PloverMapping plover)
    {
        _document = document;
        _catalog = catalog;
        _plover = plover;
        _entities = document.TryGet(Layers.Entities, out var entities) ? entities : [];
        _times = document.TryGet(TimeLayers.Times, out var times) ? times : [];
        _places = document.TryGet(PlaceLayers.Places, out var places) ? places : [];
        _quotes = document.TryGet(QuoteLayers.Quotes, out var quotes) ? quotes : [];
        var published = document.Metadata.Published;
        CodingDate = published is { } p ? DateOnly.FromDateTime(p.Date) : Undated;
        _articleDate = published?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
    }

    /// <summary>The date dated actor codes are read at: the article's publication date.</summary>
    public DateOnly CodingDate { get; }

    public Event Build(CodedEvent coded, ParsedSentence s, int sentence, string id)
    {
        var known = _catalog.TryGet(coded.Code, out var info);
        var (clauseStart, clauseEnd) = ClauseSpan(s, coded.Verb);
        return new Event
        {
            Id = id,
            Sentence = sentence,
            Cameo = coded.Code,
            Root = known ? info!.Root : coded.Code[..Math.Min(2, coded.Code.Length)],
            QuadClass = known ? info!.QuadClass : null,
            Goldstein = known ? info!.Goldstein : null,
            Plover = _plover.Map(coded.Code),
            Source = Actor(coded.Source, s),
            Target = coded.Target is { } t ? Actor(t, s) : null,
            Negated = coded.Modality.Negated,
            Hypothetical = coded.Modality.Hypothetical,
            Future = coded.Modality.Future,
            Question = coded.Modality.Question,
            AttributedTo = Attribution(coded, s),
            Date = Date(sentence, clauseStart, clauseEnd),
            Location = Location(clauseStart, clauseEnd, coded, s),
            Evidence = new TextSpan(s.Starts[coded.EvidenceFirst], s.Ends[coded.EvidenceLast]),
            Verb = new TextSpan(s.Starts[coded.Verb], s.Ends[coded.Verb]),
        };
    }

    private EventActor Actor(ActorMention mention, ParsedSentence s)
    {
        var span = new TextSpan(s.Starts[mention.First], s.Ends[mention.Last]);
        return new EventActor(mention.Code, EntityAt(span, s.Starts[mention.Head]), span);
    }

    /// <summary>
    /// Who reported the event: the quote whose content holds the verb (its speaker, or the reporting clause's
    /// speaker the coder found when the quote names none), else the coder's reporting speaker, else null.
    /// </summary>
    private EventAttribution? Attribution(CodedEvent coded, ParsedSentence s)
    {
        var verbStart = s.Starts[coded.Verb];
        Quote? quote = null;
        foreach (var candidate in _quotes)
        {
            if (candidate.Content.Start <= verbStart && verbStart < candidate.Content.End) quote = candidate;
        }
        if (quote?.Speaker is { } party) return new EventAttribution(new EventSpeaker(party.Entity, party.Span), quote.Id);
        if (coded.Speaker < 0) return null;
        var (first, last) = s.OwnExtent(coded.Speaker);
        var span = new TextSpan(s.Starts[first], s.Ends[last]);
        return new EventAttribution(new EventSpeaker(EntityAt(span, s.Starts[coded.Speaker]), span), quote?.Id);
    }

    /// <summary>The entity with a mention inside <paramref name="span"/>, preferring one covering the head's offset.</summary>
    private string? EntityAt(TextSpan span, int head)
    {
        string? inside = null;
        foreach (var entity in _entities)
        {
            foreach (var mention in entity.Mentions)
            {
                if (mention.Start < span.Start || mention.End > span.End) continue;
                if (mention.Start <= head && head < mention.End) return entity.Id;
                inside ??= entity.Id;
            }
        }
        return inside;
    }

    private EventDate Date(int sentence, int clauseStart, int clauseEnd)
    {
        for (var i = 0; i < _times.Count; i++)
        {
            var time = _times[i];
            if (time.Sentence != sentence || time.Type is not (TimeType.Date or TimeType.Time)) continue;
            if (time.Start >= clauseStart && time.End <= clauseEnd && time.Anchored)
            {
                return new EventDate(time.Value, "t" + (i + 1).ToString(CultureInfo.InvariantCulture));
            }
        }
        return new EventDate(_articleDate, null);
    }

    private EventLocation? Location(int clauseStart, int clauseEnd, CodedEvent coded, ParsedSentence s)
    {
        ResolvedPlace? dateline = null;
        foreach (var place in _places)
        {
            if (place.FromDateline)
            {
                dateline ??= place;
                continue;
            }
            foreach (var mention in place.Mentions)
            {
                if (mention.Start >= clauseStart && mention.End <= clauseEnd && !Names(mention, coded.Source, s) && (coded.Target is not { } t || !Names(mention, t, s))) return ToLocation(place);
            }
        }
        return dateline is null ? null : ToLocation(dateline);
    }

    /// <summary>True when the place mention is (part of) the actor's phrase: "Russia" as the source is not where it acts.</summary>
    private static bool Names(TextSpan mention, ActorMention actor, ParsedSentence s) =>
        mention.Start < s.Ends[actor.Last] && mention.End > s.Starts[actor.First];

    private static EventLocation ToLocation(ResolvedPlace place) =>
        new(place.EntityId, place.Name, place.Place.Lat, place.Place.Lon, place.Place.CountryCode);

    /// <summary>The characters of the verb's own clause (see <see cref="ClauseWords"/>).</summary>
    private static (int Start, int End) ClauseSpan(ParsedSentence s, int verb)
    {
        var (before, after) = ClauseWords.Around(s, verb, []);
        var first = before.Count > 0 ? before[^1] : verb;
        var last = after.Count > 0 ? after[^1] : verb;
        return (s.Starts[first], s.Ends[last]);
    }
}
