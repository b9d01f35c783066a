namespace Dateline.Events;

/// <summary>
/// Finds a verb's source and target actors in the parse. Sources: the subject (the <c>by</c> agent of a
/// passive); without one, or when it names no actor (a pronoun), the controller of an infinitive or the
/// governing clause's source. Targets: the passive subject, else the first of object, indirect object,
/// obliques (not time or agent) and a complement clause's subject that names an actor.
/// </summary>
internal sealed class ArgumentFinder
{
    private const int MaxClimb = 6;
    private readonly ParsedSentence _s;
    private readonly ActorFinder _actors;
    private readonly Discourse? _discourse;

    public ArgumentFinder(ParsedSentence sentence, ActorFinder actors, Discourse? discourse)
    {
        _s = sentence;
        _actors = actors;
        _discourse = discourse;
    }

    /// <summary>The actors of the phrase headed by <paramref name="head"/>.</summary>
    public List<ActorMention> Resolve(int head) => _actors.Resolve(head);

    /// <summary>The source actors of the verb (empty when none is found).</summary>
    public List<ActorMention> Sources(int verb) => Sources(verb, 0);

    /// <summary>A pronoun standing for the subject of an earlier sentence: that subject's codes, placed on the pronoun.</summary>
    private List<ActorMention> FromDiscourse(int pronoun)
    {
        var found = new List<ActorMention>();
        if (_discourse is null) return found;
        foreach (var code in _discourse.RecentSubjects) found.Add(new ActorMention(code, pronoun, pronoun, pronoun));
        return found;
    }

    private static bool AgentsOnly(List<ActorMention> found)
    {
        foreach (var mention in found)
        {
            if (!mention.Code.StartsWith("---", StringComparison.Ordinal)) return false;
        }
        return true;
    }

    /// <summary>A possessive pronoun in the phrase ("some of its military personnel"), or -1.</summary>
    private int Possessor(int head)
    {
        for (var w = 0; w < _s.Count; w++)
        {
            if (_s.Upos[w] == "PRON" && _s.Is(w, "nmod:poss") && _s.IsUnder(w, head)) return w;
        }
        return -1;
    }

    /// <summary>
    /// Agents owned by a pronoun ("its troops") take the country of the governing clause's source, or of the
    /// previous sentence's subject: "The Kremlin said its troops ..." gives RUSMIL.
    /// </summary>
    private List<ActorMention> OwnedBy(List<ActorMention> agents, int verb, int depth)
    {
        var head = _s.Heads[verb];
        var owners = head >= 0 && depth < MaxClimb && _s.Upos[head] is "VERB" or "AUX" or "ADJ" ? Sources(head, depth + 1) : [];
        string? country = null;
        foreach (var owner in owners)
        {
            if (!owner.Code.StartsWith("---", StringComparison.Ordinal) && owner.Code.Length >= 3) country ??= owner.Code[..3];
        }
        if (country is null && _discourse is not null)
        {
            foreach (var code in _discourse.RecentSubjects)
            {
                if (!code.StartsWith("---", StringComparison.Ordinal) && code.Length >= 3) country ??= code[..3];
            }
        }
        if (country is null) return agents;
        var owned = new List<ActorMention>(agents.Count);
        foreach (var agent in agents) owned.Add(agent with { Code = country + agent.Code[3..] });
        return owned;
    }

    private List<ActorMention> Sources(int verb, int depth)
    {
        var passive = IsPassive(verb);
        var subject = passive ? Agent(verb) : Subject(verb);
        if (subject >= 0)
        {
            var found = _actors.Resolve(subject);
            if (found.Count > 0 && AgentsOnly(found) && Possessor(subject) is var possessor and >= 0) return OwnedBy(found, verb, depth);
            if (found.Count > 0 || !IsPronoun(subject)) return found;
        }
        else if (passive)
        {
            return PassiveWithoutAgent(verb);
        }
        var head = _s.Heads[verb];
        if (head < 0 || depth >= MaxClimb) return subject >= 0 ? FromDiscourse(subject) : [];
        if (_s.Is(verb, "xcomp"))
        {
            var controller = _s.FirstChild(head, "obj");
            if (controller < 0 || controller > verb) controller = _s.FirstChild(head, "nsubj:pass");
            if (controller >= 0 && controller < verb)
            {
                var found = _actors.Resolve(controller);
                if (found.Count > 0) return found;
            }
            return Sources(head, depth + 1);
        }
        if (_s.Is(verb, "acl"))
        {
            return _s.Is(verb, "acl:relcl") && !RelativeSubject(verb) ? [] : _actors.Resolve(head);
        }
        if (subject >= 0 && (_s.Is(verb, "advcl") || _s.Is(verb, "conj")) && HasMark(verb, "IF", "UNLESS"))
        {
            // "... threatened sanctions if it invades": the pronoun is not the one threatening.
            return Resolve(subject, verb, Sources(head, depth + 1));
        }
        if (_s.Is(verb, "conj") || _s.Is(verb, "ccomp") || _s.Is(verb, "advcl") || _s.Is(verb, "parataxis"))
        {
            if (_s.Upos[head] is "VERB" or "AUX" or "ADJ")
            {
                var governing = Sources(head, depth + 1);
                if (governing.Count > 0 || subject < 0 || HasNamedSubject(head)) return governing;
            }
        }
        return subject >= 0 ? FromDiscourse(subject) : [];
    }

    /// <summary>
    /// The target actors of the verb, other than <paramref name="sources"/>' heads: the first candidate naming an
    /// actor with a country or organisation code; a phrase naming only an agent ("troops") is kept as the last resort.
    /// A reporting verb takes no target from its complement: the reported event is coded on its own.
    /// </summary>
    public List<ActorMention> Targets(int verb, List<ActorMention> sources)
    {
        List<ActorMention>? agentOnly = null;
        if (IsPassive(verb))
        {
            var subject = _s.FirstChild(verb, "nsubj:pass");
            if (subject >= 0 && Take(_actors.Resolve(subject), ref agentOnly) is { } passive) return passive;
        }
        foreach (var child in _s.Children(verb))
        {
            if (!_s.Is(child, "obj") && !_s.Is(child, "iobj")) continue;
            if (Take(ObjectActors(child), ref agentOnly) is { } found) return found;
        }
        foreach (var child in _s.Children(verb))
        {
            if (!_s.Is(child, "obl") || _s.Is(child, "obl:tmod") || _s.Is(child, "obl:agent") || IsSourceHead(child, sources)) continue;
            if (Take(ObjectActors(child), ref agentOnly) is { } found) return found;
        }
        if (!Attribution.IsReporting(_s, verb))
        {
            foreach (var child in _s.Children(verb))
            {
                if (!_s.Is(child, "ccomp") && !_s.Is(child, "xcomp")) continue;
                var subject = Subject(child);
                if (subject >= 0 && Take(_actors.Resolve(subject), ref agentOnly) is { } found) return found;
            }
        }
        foreach (var child in _s.Children(verb))
        {
            // "threatened sanctions if it invades": the condition's subject is who the threat is aimed at.
            if (!_s.Is(child, "advcl") || !HasMark(child, "IF", "UNLESS")) continue;
            var subject = Subject(child);
            if (subject >= 0 && Take(Resolve(subject, child, sources), ref agentOnly) is { } found) return found;
        }
        if (_s.Is(verb, "conj") && _s.Heads[verb] is var head and >= 0)
        {
            // The same condition parsed as a later conjunct of the governing verb ("warned X and threatened sanctions
            // if it invades": conj of "warned") is still aimed at the condition's subject.
            foreach (var sibling in _s.Children(head))
            {
                if (sibling <= verb || !_s.Is(sibling, "conj") || !HasMark(sibling, "IF", "UNLESS")) continue;
                var subject = Subject(sibling);
                if (subject >= 0 && Take(Resolve(subject, sibling, sources), ref agentOnly) is { } found) return found;
            }
        }
        return agentOnly ?? [];
    }

    private bool HasMark(int clause, string first, string second)
    {
        foreach (var child in _s.Children(clause))
        {
            if (_s.Is(child, "mark") && (_s.Words[child] == first || _s.Words[child] == second)) return true;
        }
        return false;
    }

    /// <summary>
    /// The actors of a condition's subject; a pronoun ("if it invades") stands for the nearest actor named
    /// before it that is not a source of the governing verb ("warned Russia and threatened sanctions if it ...").
    /// </summary>
    private List<ActorMention> Resolve(int subject, int clause, List<ActorMention> sources)
    {
        var found = _actors.Resolve(subject);
        if (found.Count > 0 || !IsPronoun(subject)) return found;
        for (var w = subject - 1; w >= 0; w--)
        {
            if (!_s.IsNominal(w) || _s.Upos[w] == "PRON" || _s.IsUnder(w, clause)) continue;
            foreach (var mention in _actors.Resolve(w))
            {
                if (!IsSourceCode(mention.Code, sources)) return [new ActorMention(mention.Code, subject, subject, subject)];
            }
        }
        return found;
    }

    private static bool IsSourceCode(string code, List<ActorMention> sources)
    {
        foreach (var source in sources)
        {
            if (source.Code == code) return true;
        }
        return false;
    }

    /// <summary>Returns <paramref name="found"/> when it names a coded actor; keeps the first agent-only result aside.</summary>
    private static List<ActorMention>? Take(List<ActorMention> found, ref List<ActorMention>? agentOnly)
    {
        if (found.Count == 0) return null;
        foreach (var mention in found)
        {
            if (!mention.Code.StartsWith("---", StringComparison.Ordinal)) return found;
        }
        agentOnly ??= found;
        return null;
    }

    /// <summary>The actors of the object, else of the first of its modifiers (breadth first, through nominal modifiers) that names one.</summary>
    private List<ActorMention> ObjectActors(int obj)
    {
        var pending = new Queue<int>();
        pending.Enqueue(obj);
        while (pending.Count > 0)
        {
            var word = pending.Dequeue();
            var found = _actors.Resolve(word);
            if (found.Count > 0) return found;
            foreach (var child in _s.Children(word))
            {
                if ((_s.Is(child, "nmod") && !_s.Is(child, "nmod:poss")) || _s.Is(child, "obl")) pending.Enqueue(child);
            }
        }
        return [];
    }

    /// <summary>The first nominal after the verb in its clause that names an actor other than a source (the last resort for a target).</summary>
    public List<ActorMention> FirstActorAfter(List<int> after, List<ActorMention> sources)
    {
        foreach (var word in after)
        {
            if (!_s.IsNominal(word) || _s.Upos[word] == "PRON" || _s.Is(word, "nsubj") || IsSourceHead(word, sources)) continue;
            var found = _actors.Resolve(word);
            if (found.Count > 0) return found;
        }
        return [];
    }

    private static bool IsSourceHead(int word, List<ActorMention> sources)
    {
        foreach (var source in sources)
        {
            if (source.Head == word) return true;
        }
        return false;
    }

    /// <summary>True when the verb has a subject that is not a pronoun (it then is the antecedent, known or not).</summary>
    private bool HasNamedSubject(int verb)
    {
        var subject = Subject(verb);
        return subject >= 0 && !IsPronoun(subject);
    }

    private int Subject(int verb)
    {
        foreach (var child in _s.Children(verb))
        {
            if (_s.Is(child, "nsubj") && !_s.Is(child, "nsubj:pass")) return child;
        }
        // a copular or nominal predicate's subject ("Arnor is about to ...")
        return -1;
    }

    /// <summary>A passive without a <c>by</c> agent: the first actor named by an oblique stands in for the agent.</summary>
    private List<ActorMention> PassiveWithoutAgent(int verb)
    {
        foreach (var child in _s.Children(verb))
        {
            if (!_s.Is(child, "obl") || _s.Is(child, "obl:tmod") || child < verb) continue;
            var found = ObjectActors(child);
            if (found.Count > 0) return found;
        }
        return [];
    }

    private int Agent(int verb)
    {
        var tagged = _s.FirstChild(verb, "obl:agent");
        if (tagged >= 0) return tagged;
        foreach (var child in _s.Children(verb))
        {
            if (!_s.Is(child, "obl")) continue;
            foreach (var grand in _s.Children(child))
            {
                if (_s.Is(grand, "case") && _s.Words[grand] == "BY") return child;
            }
        }
        return -1;
    }

    private bool IsPassive(int verb)
    {
        foreach (var child in _s.Children(verb))
        {
            if (_s.Is(child, "nsubj:pass") || _s.Is(child, "aux:pass")) return true;
        }
        return false;
    }

    private bool RelativeSubject(int verb)
    {
        foreach (var child in _s.Children(verb))
        {
            if (_s.Is(child, "nsubj") && _s.Upos[child] == "PRON") return true;
        }
        return false;
    }

    private bool IsPronoun(int word) => _s.Upos[word] == "PRON";
}
