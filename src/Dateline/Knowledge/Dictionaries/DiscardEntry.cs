namespace Dateline.Knowledge.Dictionaries;

/// <summary>A discard phrase: sentences (or stories, for <c>+</c> lines) containing it are not coded.</summary>
/// <param name="Words">The phrase's upper-case words.</param>
/// <param name="Scope">Sentence or story.</param>
/// <param name="WholeWord">True when the phrase ended with <c>_</c>: its last word must match whole; otherwise PETRARCH treats it as a stem.</param>
/// <param name="Line">The line of the phrase.</param>
public sealed record DiscardEntry(IReadOnlyList<string> Words, DiscardScope Scope, bool WholeWord, int Line);
