namespace Dateline.Events;

/// <summary>An actor found in a noun phrase: its code and the words that name it.</summary>
/// <param name="Code">The actor code (agent included), e.g. <c>USAGOV</c>.</param>
/// <param name="Head">The sentence-local index of the phrase's head word.</param>
/// <param name="First">The first word of the phrase.</param>
/// <param name="Last">The last word of the phrase.</param>
public readonly record struct ActorMention(string Code, int Head, int First, int Last);
