namespace Dateline.Documents;

/// <summary>Part-of-speech tags for every token of a document, aligned with the token layer.</summary>
/// <param name="Upos">Universal POS tag per token.</param>
/// <param name="Xpos">Penn Treebank tag per token.</param>
public sealed record PosTags(IReadOnlyList<string> Upos, IReadOnlyList<string> Xpos);
