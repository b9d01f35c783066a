namespace Dateline.Nlp.Parsing;

/// <summary>The dependency analysis of one sentence.</summary>
/// <param name="Heads">0-based index of each word's head within the sentence, or -1 for the root word.</param>
/// <param name="Relations">UD relation of each word (with subtype, e.g. <c>nsubj:pass</c>; <c>root</c> for the root).</param>
public sealed record SentenceParse(IReadOnlyList<int> Heads, IReadOnlyList<string> Relations);
