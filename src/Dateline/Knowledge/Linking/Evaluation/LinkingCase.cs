namespace Dateline.Knowledge.Linking.Evaluation;

/// <summary>A linking case: the actor code a mention should get in a sentence on a date.</summary>
/// <param name="Line">The case's line in its file.</param>
/// <param name="Date">The article date.</param>
/// <param name="Mention">The mention (its first occurrence in the sentence).</param>
/// <param name="Expected">The expected code, or null when the mention should get none.</param>
/// <param name="Note">What the case checks.</param>
/// <param name="Sentence">The sentence.</param>
public sealed record LinkingCase(int Line, DateOnly Date, string Mention, string? Expected, string Note, string Sentence);
