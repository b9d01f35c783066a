namespace Dateline.Knowledge.Dictionaries;

/// <summary>Where an agent code goes relative to the actor code it qualifies.</summary>
public enum AgentCodePosition
{
    /// <summary><c>[~GOV]</c>: appended after the actor code (USA + GOV = USAGOV).</summary>
    AfterActor,

    /// <summary><c>[NGO~]</c>: placed before the actor code (NGO + USA = NGOUSA).</summary>
    BeforeActor,
}
