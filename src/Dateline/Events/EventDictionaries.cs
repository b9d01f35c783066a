using Dateline.Events.Cameo;
using Dateline.Knowledge;
using Dateline.Knowledge.Dictionaries;

namespace Dateline.Events;

/// <summary>The dictionaries the event coder uses: verbs with patterns, actors, agents and (optionally) discards.</summary>
/// <param name="Verbs">Verbs, synsets and patterns.</param>
/// <param name="Actors">Actors with dated codes.</param>
/// <param name="Agents">Agents (roles) combined with actor codes.</param>
/// <param name="Discards">Phrases whose sentences are not coded, or null.</param>
public sealed record EventDictionaries(VerbDictionary Verbs, ActorDictionary Actors, AgentDictionary Agents, DiscardList? Discards)
{
    /// <summary>
    /// The coder's view of a pipeline's <see cref="DictionarySet"/>: each kind's dictionaries merged into one, an
    /// earlier dictionary winning on a shared name (a user's files before the built-in ones). A set without verb
    /// dictionaries codes with the built-in verbs (<see cref="BuiltInVerbs"/>).
    /// </summary>
    public static EventDictionaries From(DictionarySet dictionaries)
    {
        ArgumentNullException.ThrowIfNull(dictionaries);
        var verbs = dictionaries.Verbs.Count switch
        {
            0 => BuiltInVerbs.Load(),
            1 => dictionaries.Verbs[0],
            _ => BuiltInVerbs.Merge(dictionaries.Verbs),
        };
        var actors = dictionaries.Actors.Count == 1
            ? dictionaries.Actors[0]
            : ActorDictionary.FromEntries(LaterWins(dictionaries.Actors, d => d.Entries));
        var agents = dictionaries.Agents.Count == 1
            ? dictionaries.Agents[0]
            : AgentDictionary.FromEntries(LaterWins(dictionaries.Agents, d => d.Entries));
        var discards = dictionaries.Discards.Count switch
        {
            0 => null,
            1 => dictionaries.Discards[0],
            _ => DiscardList.FromEntries(LaterWins(dictionaries.Discards, d => d.Entries)),
        };
        return new EventDictionaries(verbs, actors, agents, discards);
    }

    /// <summary>Entries of dictionaries listed in search order, arranged so that a later entry (the earlier dictionary's) wins.</summary>
    private static List<TEntry> LaterWins<TDictionary, TEntry>(IReadOnlyList<TDictionary> inSearchOrder, Func<TDictionary, IReadOnlyList<TEntry>> entries)
    {
        var all = new List<TEntry>();
        for (var i = inSearchOrder.Count - 1; i >= 0; i--) all.AddRange(entries(inSearchOrder[i]));
        return all;
    }
}
