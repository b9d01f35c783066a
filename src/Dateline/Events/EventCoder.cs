using Dateline.Events.Cameo;
using Dateline.Knowledge.Dictionaries;

namespace Dateline.Events;

/// <summary>
/// Codes the events of one parsed sentence with TABARI/PETRARCH dictionaries. For each verb found in the verb
/// dictionary, the most specific of its block's patterns that matches the verb's clause gives the code (else the
/// verb's own code; <c>---</c> codes nothing); sources come from the subject (the agent of a passive, the controller
/// of an infinitive, the governing clause for pronouns), targets from the pattern's <c>+</c> or the object,
/// obliques or a complement clause's subject; coordinated actors give one event each; a code pair <c>a:b</c> adds
/// the reverse event <c>b</c>. Events need a source and a target actor. Thread-safe: the coder holds only
/// immutable dictionaries.
/// </summary>
public sealed class EventCoder
{
    private readonly EventDictionaries _dictionaries;
    private readonly PatternIndex _index;
    private readonly bool _requireTarget;
    private readonly CameoNegations _negations = CameoNegations.LoadBuiltIn();

    /// <summary>Creates a coder over the given dictionaries.</summary>
    /// <param name="dictionaries">Verbs, actors, agents, discards.</param>
    /// <param name="requireTarget">
    /// True (PETRARCH's <c>require_dyad</c>, used by the evaluations) codes only events with a target; false also
    /// codes an event without one when a pattern matched or the code is a withdrawal, protest or force posture
    /// (roots 08, 14, 15), whose source names a coded actor.
    /// </param>
    public EventCoder(EventDictionaries dictionaries, bool requireTarget = true)
    {
        ArgumentNullException.ThrowIfNull(dictionaries);
        _requireTarget = requireTarget;
        _dictionaries = dictionaries;
        _index = new PatternIndex(dictionaries.Verbs);
    }

    /// <summary>The dictionaries in use.</summary>
    public EventDictionaries Dictionaries => _dictionaries;

    /// <summary>The events of <paramref name="sentence"/>, whose actors are coded as of <paramref name="date"/>.</summary>
    /// <param name="sentence">The parsed sentence.</param>
    /// <param name="date">The date actor codes are read at.</param>
    /// <param name="discourse">The document's earlier sentences, for pronoun subjects; null to code the sentence alone.</param>
    public IReadOnlyList<CodedEvent> Code(ParsedSentence sentence, DateOnly date, Discourse? discourse = null)
    {
        ArgumentNullException.ThrowIfNull(sentence);
        if (Discards.Hit(sentence, _dictionaries.Discards)) return [];
        var actors = new ActorFinder(_dictionaries, sentence, date);
        var arguments = new ArgumentFinder(sentence, actors, discourse);

        var matcher = new PatternMatcher(sentence, _dictionaries.Verbs, _index, actors);
        var modality = new ModalityReader(sentence);
        List<CodedEvent>? events = null;
        for (var v = 0; v < sentence.Count; v++)
        {
            if (sentence.Upos[v] is not ("VERB" or "AUX")) continue;
            var verb = VerbFinder.Find(sentence, _dictionaries.Verbs, v);
            if (verb is null) continue;
            CodeVerb(sentence, v, verb.Value, arguments, matcher, modality, ref events);
        }
        if (discourse is not null) RememberSubject(sentence, actors, discourse);
        return events ?? (IReadOnlyList<CodedEvent>)[];
    }

    private void CodeVerb(ParsedSentence s, int v, VerbMatch verb, ArgumentFinder arguments, PatternMatcher matcher, ModalityReader modality, ref List<CodedEvent>? events)
    {
        var (before, after) = ClauseWords.Around(s, v, verb.Particles);
        var sources = arguments.Sources(v);
        var match = matcher.Best(_dictionaries.Verbs.PatternsFor(verb.Entry), before, after, sources.Count > 1);
        var code = match?.Pattern.Code ?? verb.Entry.Code;
        if (code.IsNone) return;
        if (match is { Source: >= 0 } m) sources = arguments.Resolve(m.Source);
        var flags = modality.Read(v);
        if (flags.Negated && modality.NegatedItself(v) && !(match is { } spelled && _index.HandlesNegation(spelled.Pattern)) && _negations.Negate(code.Primary) is { } negated)
        {
            // "did not clash": the negation is coded (110 -> 050), not flagged.
            code = new VerbCode(negated);
            flags = flags with { Negated = false };
        }
        var speaker = Attribution.Speaker(s, v);
        if (match is { } compound && compound.Pattern.IsCompound && sources.Count > 1)
        {
            // "% *": the coordinated actors act on each other.
            foreach (var a in sources)
            {
                foreach (var b in sources) Emit(code, v, a, b, flags, speaker, ref events);
            }
            return;
        }
        var targets = match is { Target: >= 0 } t ? arguments.Resolve(t.Target) : arguments.Targets(v, sources);
        if (targets.Count == 0 && match is not { Target: >= 0 }) targets = arguments.FirstActorAfter(after, sources);
        if (IsOwnForce(code.Primary, targets)) targets = [];
        if (targets.Count == 0)
        {
            if (!_requireTarget && (match is not null || code.Primary.StartsWith("08", StringComparison.Ordinal) ||
                code.Primary.StartsWith("14", StringComparison.Ordinal) || code.Primary.StartsWith("15", StringComparison.Ordinal)))
            {
                foreach (var source in sources)
                {
                    if (source.Code.StartsWith("---", StringComparison.Ordinal)) continue;
                    Add(ref events, new CodedEvent(code.Primary, v, source, null, flags, speaker, Math.Min(v, source.First), Math.Max(v, source.Last)));
                }
            }
            return;
        }
        foreach (var source in sources)
        {
            foreach (var target in targets) Emit(code, v, source, target, flags, speaker, ref events);
        }
    }

    /// <summary>
    /// "Russia massed troops", "they will move to their garrisons": the countryless troops a force posture (root 15)
    /// or a military de-escalation (087) moves are the source's own forces, not a target.
    /// </summary>
    private static bool IsOwnForce(string code, List<ActorMention> targets)
    {
        if (targets.Count == 0 || !(code.StartsWith("15", StringComparison.Ordinal) || code.StartsWith("087", StringComparison.Ordinal))) return false;
        foreach (var target in targets)
        {
            if (!target.Code.StartsWith("---", StringComparison.Ordinal)) return false;
        }
        return true;
    }

    private static void Emit(VerbCode code, int v, ActorMention source, ActorMention target, EventModality flags, int speaker, ref List<CodedEvent>? events)
    {
        if (source.Code == target.Code) return;
        var first = Math.Min(v, Math.Min(source.First, target.First));
        var last = Math.Max(v, Math.Max(source.Last, target.Last));
        Add(ref events, new CodedEvent(code.Primary, v, source, target, flags, speaker, first, last));
        if (code.Secondary is { } secondary && secondary != "---")
        {
            Add(ref events, new CodedEvent(secondary, v, target, source, flags, speaker, first, last));
        }
    }

    /// <summary>Remembers the actors of the sentence's main subject, when it names any, for later pronouns.</summary>
    private static void RememberSubject(ParsedSentence s, ActorFinder actors, Discourse discourse)
    {
        for (var w = 0; w < s.Count; w++)
        {
            if (s.Heads[w] >= 0) continue;
            foreach (var child in s.Children(w))
            {
                if (!s.Is(child, "nsubj")) continue;
                if (s.Upos[child] == "PRON") return;
                var codes = new List<string>();
                foreach (var mention in actors.Resolve(child)) codes.Add(mention.Code);
                discourse.Remember(codes);
                return;
            }
        }
    }

    private static void Add(ref List<CodedEvent>? events, CodedEvent coded)
    {
        events ??= [];
        foreach (var e in events)
        {
            if (e.Code == coded.Code && e.Source.Code == coded.Source.Code && e.Target?.Code == coded.Target?.Code) return;
        }
        events.Add(coded);
    }
}
