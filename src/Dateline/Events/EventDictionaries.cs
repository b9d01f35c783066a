using Dateline.Knowledge.Dictionaries;

namespace Dateline.Events;

/// <summary>The dictionaries the event coder uses: verbs with patterns, actors, agents and (optionally) discards.</summary>
/// <param name="Verbs">Verbs, synsets and patterns.</param>
/// <param name="Actors">Actors with dated codes.</param>
/// <param name="Agents">Agents (roles) combined with actor codes.</param>
/// <param name="Discards">Phrases whose sentences are not coded, or null.</param>
public sealed record EventDictionaries(VerbDictionary Verbs, ActorDictionary Actors, AgentDictionary Agents, DiscardList? Discards);
