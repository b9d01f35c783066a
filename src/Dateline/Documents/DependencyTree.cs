namespace Dateline.Documents;

/// <summary>
/// Universal Dependencies analysis of every token of a document, aligned with the token layer.
/// </summary>
/// <param name="Heads">Document-wide index of each token's head, or -1 for a sentence root.</param>
/// <param name="Relations">The UD relation of each token to its head (<c>root</c> for roots).</param>
public sealed record DependencyTree(IReadOnlyList<int> Heads, IReadOnlyList<string> Relations);
