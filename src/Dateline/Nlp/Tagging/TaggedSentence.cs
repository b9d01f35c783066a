namespace Dateline.Nlp.Tagging;

/// <summary>The tags and lemmas of one sentence, aligned with its words.</summary>
/// <param name="Upos">Universal POS tag per word.</param>
/// <param name="Xpos">Penn Treebank tag per word.</param>
/// <param name="Lemmas">Lemma per word.</param>
public sealed record TaggedSentence(IReadOnlyList<string> Upos, IReadOnlyList<string> Xpos, IReadOnlyList<string> Lemmas);
