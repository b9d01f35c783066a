using Dateline.Knowledge.Dictionaries;

namespace Dateline.Knowledge;

/// <summary>
/// The dictionaries a pipeline codes with: actors, agents, verbs and discards, each a list searched in order
/// (a user's files first, then the built-in ones). Immutable once built; share one instance between documents.
/// </summary>
public sealed class DictionarySet
{
    /// <summary>Creates a set from dictionaries listed in search order (earlier lists win on a shared name).</summary>
    /// <param name="actors">Actor dictionaries in search order.</param>
    /// <param name="agents">Agent dictionaries in search order.</param>
    /// <param name="verbs">Verb dictionaries in search order.</param>
    /// <param name="discards">Discard lists in search order.</param>
    public DictionarySet(
        IReadOnlyList<ActorDictionary> actors,
        IReadOnlyList<AgentDictionary> agents,
        IReadOnlyList<VerbDictionary>? verbs = null,
        IReadOnlyList<DiscardList>? discards = null)
    {
        ArgumentNullException.ThrowIfNull(actors);
        ArgumentNullException.ThrowIfNull(agents);
        Actors = actors;
        Agents = agents;
        Verbs = verbs ?? [];
        Discards = discards ?? [];
    }

    /// <summary>A set with no dictionaries: linking then relies on the gazetteer's countries and demonyms only.</summary>
    public static DictionarySet Empty { get; } = new([], []);

    /// <summary>Actor dictionaries in search order.</summary>
    public IReadOnlyList<ActorDictionary> Actors { get; }

    /// <summary>Agent dictionaries in search order.</summary>
    public IReadOnlyList<AgentDictionary> Agents { get; }

    /// <summary>Verb dictionaries in search order (for event coding).</summary>
    public IReadOnlyList<VerbDictionary> Verbs { get; }

    /// <summary>Discard lists in search order.</summary>
    public IReadOnlyList<DiscardList> Discards { get; }

    /// <summary>The first actor entry named exactly by <paramref name="words"/> (upper or any case), or null.</summary>
    public ActorEntry? FindActor(IReadOnlyList<string> words)
    {
        ArgumentNullException.ThrowIfNull(words);
        foreach (var dictionary in Actors)
        {
            if (dictionary.Find(words) is { } entry) return entry;
        }
        return null;
    }

    /// <summary>The first agent entry named exactly by <paramref name="words"/>, or null.</summary>
    public AgentEntry? FindAgent(IReadOnlyList<string> words)
    {
        ArgumentNullException.ThrowIfNull(words);
        foreach (var dictionary in Agents)
        {
            if (dictionary.Find(words) is { } entry) return entry;
        }
        return null;
    }

    /// <summary>The longest agent phrase starting at <paramref name="start"/> over all agent dictionaries (earlier ones win a tie).</summary>
    public int MatchAgent(IReadOnlyList<string> tokens, int start, out AgentEntry? entry)
    {
        ArgumentNullException.ThrowIfNull(tokens);
        entry = null;
        var best = 0;
        foreach (var dictionary in Agents)
        {
            var length = dictionary.MatchLongest(tokens, start, out var found);
            if (length > best)
            {
                best = length;
                entry = found;
            }
        }
        return best;
    }

    /// <summary>A set that searches this one first, then <paramref name="fallback"/> (a user's files, then the built-ins).</summary>
    public DictionarySet Then(DictionarySet fallback)
    {
        ArgumentNullException.ThrowIfNull(fallback);
        return new DictionarySet(
            [.. Actors, .. fallback.Actors], [.. Agents, .. fallback.Agents], [.. Verbs, .. fallback.Verbs], [.. Discards, .. fallback.Discards]);
    }
}
