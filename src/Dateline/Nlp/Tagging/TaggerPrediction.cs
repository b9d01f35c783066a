using Dateline.Documents;

namespace Dateline.Nlp.Tagging;

/// <summary>What the tagger stage predicts for a document, before it is set on the document.</summary>
/// <param name="Tags">UPOS and XPOS per token.</param>
/// <param name="Lemmas">Lemma per token.</param>
public sealed record TaggerPrediction(PosTags Tags, IReadOnlyList<string> Lemmas);
