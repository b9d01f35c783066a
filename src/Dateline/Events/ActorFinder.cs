using Dateline.Knowledge.Dictionaries;

namespace Dateline.Events;

/// <summary>
/// Finds the actors a noun phrase names: actor-dictionary names in the phrase's own words (its head with
/// compounds, flat names, modifiers and possessors), qualified by an agent found there (<c>foreign minister</c>
/// → <c>~GOVFRM</c>); an agent alone takes its country from an <c>of/in/from</c> modifier; coordinated phrases
/// ("Arnor and Gondor") give one actor each; an apposition is read when the head names nothing.
/// </summary>
internal sealed class ActorFinder
{
    private readonly EventDictionaries _dictionaries;
    private readonly DateOnly _date;
    private readonly ParsedSentence _s;
    private List<ActorMention>?[]? _resolved;

    public ActorFinder(EventDictionaries dictionaries, ParsedSentence sentence, DateOnly date)
    {
        _dictionaries = dictionaries;
        _s = sentence;
        _date = date;
    }

    /// <summary>
    /// The actors of the phrase headed by <paramref name="head"/> and its conjuncts; empty when it names none.
    /// Results are remembered per head for the sentence; callers must not change the list.
    /// </summary>
    public List<ActorMention> Resolve(int head)
    {
        if (head < 0) return [];
        _resolved ??= new List<ActorMention>?[_s.Count];
        return _resolved[head] ??= ResolveNew(head);
    }

    private List<ActorMention> ResolveNew(int head)
    {
        var found = new List<ActorMention>();
        ResolveCoordinated(head, found, depth: 0);
        if (found.Count == 0)
        {
            var appos = _s.FirstChild(head, "appos");
            if (appos >= 0) ResolveCoordinated(appos, found, depth: 1);
        }
        return found;
    }

    private void ResolveCoordinated(int head, List<ActorMention> found, int depth)
    {
        var start = found.Count;
        List<(int Index, AgentEntry Agent)>? agentsOnly = null;
        ResolveMembers(head, found, depth, ref agentsOnly);
        if (agentsOnly is not null) ShareCountries(found, start, agentsOnly);
    }

    private void ResolveMembers(int head, List<ActorMention> found, int depth, ref List<(int Index, AgentEntry Agent)>? agentsOnly)
    {
        var agent = ResolveSingle(head, found, depth);
        if (agent is not null) (agentsOnly ??= []).Add((found.Count - 1, agent));
        foreach (var child in _s.Children(head))
        {
            // "list" is how a parser may join "Mordor, Rohan, Fornost and Bree"
            if ((_s.Is(child, "conj") || _s.Is(child, "list")) && _s.IsNominal(child)) ResolveMembers(child, found, depth, ref agentsOnly);
            if (!_s.Is(child, "appos")) continue;
            // "the United States (US) and NATO", "Mordor, Rohan, Fornost and Bree": a parser may attach the
            // conjuncts to an apposition; an apposition with conjuncts of its own is one more member of the list
            var listed = false;
            foreach (var grand in _s.Children(child))
            {
                if (!_s.Is(grand, "conj") || !_s.IsNominal(grand)) continue;
                ResolveMembers(grand, found, depth, ref agentsOnly);
                listed = true;
            }
            // "Evil Mordor, the awful Arnor, and good Gondor": a named apposition inside a list is one of its members
            if ((listed || _s.FirstChild(head, "conj") > child) && _s.Upos[child] == "PROPN") ResolveMembers(child, found, depth, ref agentsOnly);
        }
        var abbreviation = AbbreviationAfter(head);
        if (abbreviation < 0) return;
        foreach (var child in _s.Children(abbreviation))
        {
            if (_s.Is(child, "conj") && _s.IsNominal(child)) ResolveMembers(child, found, depth, ref agentsOnly);
        }
    }

    /// <summary>
    /// "the United States (US) and NATO": the bracketed short form right after the phrase, when the parser attached it
    /// outside the phrase (and the list's next members to it); -1 otherwise.
    /// </summary>
    private int AbbreviationAfter(int head)
    {
        var (_, last) = _s.OwnExtent(head);
        var open = last + 1;
        if (open + 2 >= _s.Count || _s.Words[open] != "(" || _s.Words[open + 2] != ")") return -1;
        var inside = open + 1;
        return _s.Upos[inside] == "PROPN" && !_s.IsUnder(inside, head) ? inside : -1;
    }

    /// <summary>
    /// "Danish media and government", "lawmakers and officials in Arnor and Gondor": a conjunct naming only an
    /// agent takes the countries of the other conjuncts.
    /// </summary>
    private static void ShareCountries(List<ActorMention> found, int start, List<(int Index, AgentEntry Agent)> agentsOnly)
    {
        var countries = new List<string>();
        for (var i = start; i < found.Count; i++)
        {
            var code = found[i].Code;
            if (!code.StartsWith("---", StringComparison.Ordinal) && code.Length >= 3 && !countries.Contains(code[..3])) countries.Add(code[..3]);
        }
        if (countries.Count == 0) return;
        for (var j = agentsOnly.Count - 1; j >= 0; j--)
        {
            var (index, agent) = agentsOnly[j];
            var mention = found[index];
            found.RemoveAt(index);
            for (var c = countries.Count - 1; c >= 0; c--) found.Insert(index, mention with { Code = agent.Qualify(countries[c]) });
        }
    }

    /// <summary>Adds the phrase's actors; returns the agent when the phrase named only an agent (coded <c>---</c> plus the agent).</summary>
    private AgentEntry? ResolveSingle(int head, List<ActorMention> found, int depth)
    {
        var (first, last) = OwnExtent(head);
        var actor = FindActor(head, first, last, out var actorFirst, out var actorLast);
        var agent = FindAgent(head, first, last, actorFirst, actorLast);
        if (actor is not null)
        {
            var code = agent is not null && actor.Length == 3 ? agent.Qualify(actor) : actor;
            found.Add(new ActorMention(code, head, first, last));
            return null;
        }
        if (depth > 2) return null;
        var before = found.Count;
        foreach (var child in _s.Children(head))
        {
            if (_s.Is(child, "nmod") && !_s.Is(child, "nmod:poss") && !_s.Is(child, "nmod:tmod") && (agent is not null || HasCase(child, "OF")))
            {
                ResolveCoordinated(child, found, depth + 1);
            }
        }
        if (agent is null) return null;
        for (var i = before; i < found.Count; i++)
        {
            var inner = found[i];
            found[i] = new ActorMention(inner.Code.Length == 3 ? agent.Qualify(inner.Code) : inner.Code, head, Math.Min(first, inner.First), Math.Max(last, inner.Last));
        }
        if (found.Count > before) return null;
        found.Add(new ActorMention(agent.Qualify("---"), head, first, last));
        return agent;
    }

    private bool HasCase(int word, string preposition)
    {
        foreach (var child in _s.Children(word))
        {
            if (_s.Is(child, "case") && _s.Words[child] == preposition) return true;
        }
        return false;
    }

    /// <summary>The first and last word of the head's own phrase (see <see cref="ParsedSentence.OwnExtent"/>).</summary>
    public (int First, int Last) OwnExtent(int head) => _s.OwnExtent(head);

    /// <summary>
    /// The first actor named in words first..last; a name may run on past <paramref name="last"/> through words of
    /// the head's own subtree ("Prince of Dol Amroth", "Bank of England" over the head's <c>of</c> modifier).
    /// </summary>
    private string? FindActor(int head, int first, int last, out int actorFirst, out int actorLast)
    {
        actorFirst = actorLast = -1;
        for (var i = first; i <= last; i++)
        {
            if (_s.Upos[i] == "PRON") continue; // "us" is not the US
            var length = _dictionaries.Actors.MatchLongest(_s.Words, i, out var entry);
            if (length > 0 && i + length - 1 > last && !AllUnder(last + 1, i + length - 1, head)) length = ShorterMatch(i, last, out entry);
            if (length == 0 || entry is null) continue;
            var code = entry.CodeAt(_date);
            if (code is null || code == "---") continue;
            actorFirst = i;
            actorLast = i + length - 1;
            return code;
        }
        return null;
    }

    private bool AllUnder(int from, int to, int head)
    {
        if (to >= _s.Count) return false;
        for (var w = from; w <= to; w++)
        {
            if (!_s.IsUnder(w, head)) return false;
        }
        return true;
    }

    private int ShorterMatch(int start, int last, out ActorEntry? entry)
    {
        for (var end = last; end >= start; end--)
        {
            entry = _dictionaries.Actors.Find(new ArraySegment<string>(_s.Words, start, end - start + 1));
            if (entry is not null) return end - start + 1;
        }
        entry = null;
        return 0;
    }

    /// <summary>The first agent named in words first..last; like an actor's name, it may run on through the head's subtree.</summary>
    private AgentEntry? FindAgent(int head, int first, int last, int actorFirst, int actorLast)
    {
        for (var i = first; i <= last; i++)
        {
            if (i >= actorFirst && i <= actorLast) continue;
            var length = _dictionaries.Agents.MatchLongest(_s.Words, i, out var entry);
            if (length > 0 && entry is not null && (i + length - 1 <= last || AllUnder(last + 1, i + length - 1, head))) return entry;
        }
        return null;
    }
}
