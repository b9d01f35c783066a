namespace Dateline.Events;

/// <summary>How an event is asserted: flags that are reported, never used to drop the event.</summary>
/// <param name="Negated">"does not want to invade".</param>
/// <param name="Hypothetical">Conditional or possible: "if it invades", "could", "might".</param>
/// <param name="Future">Future or intended: "will begin moving", "plans to".</param>
/// <param name="Question">The sentence asks a question.</param>
public readonly record struct EventModality(bool Negated, bool Hypothetical, bool Future, bool Question);
