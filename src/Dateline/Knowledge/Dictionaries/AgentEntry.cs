namespace Dateline.Knowledge.Dictionaries;

/// <summary>An agent (a role such as PRESIDENT or HUMAN_RIGHTS_BODY): the phrases that name it and its code.</summary>
/// <param name="Forms">Every phrase that names the agent (singular, plural, substitution-marker expansions), as upper-case words.</param>
/// <param name="Code">The code without its <c>~</c>, e.g. <c>GOV</c>.</param>
/// <param name="Position">Whether the code goes after (<c>~GOV</c>) or before (<c>NGO~</c>) the actor code.</param>
/// <param name="Line">The line of the entry.</param>
public sealed record AgentEntry(IReadOnlyList<IReadOnlyList<string>> Forms, string Code, AgentCodePosition Position, int Line)
{
    /// <summary>The code as written in the file: <c>~GOV</c> or <c>NGO~</c>.</summary>
    public string WrittenCode => Position == AgentCodePosition.AfterActor ? "~" + Code : Code + "~";

    /// <summary>Combines the agent with an actor code: <c>USA</c> + <c>~GOV</c> = <c>USAGOV</c>; <c>USA</c> + <c>NGO~</c> = <c>NGOUSA</c>.</summary>
    public string Qualify(string actorCode) => Position == AgentCodePosition.AfterActor ? actorCode + Code : Code + actorCode;
}
