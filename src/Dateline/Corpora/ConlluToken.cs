namespace Dateline.Corpora;

/// <summary>One syntactic word of a CoNLL-U sentence (multiword-token and empty-node lines are kept apart).</summary>
/// <param name="Form">Word form.</param>
/// <param name="Lemma">Lemma.</param>
/// <param name="Upos">Universal POS tag.</param>
/// <param name="Xpos">Language-specific tag (PTB for English).</param>
/// <param name="Feats">Morphological features, <c>_</c> when none.</param>
/// <param name="Head">1-based head index within the sentence, 0 for the root.</param>
/// <param name="Deprel">Universal dependency relation with subtype (<c>nmod:poss</c>).</param>
/// <param name="Misc">The MISC column (<c>SpaceAfter=No</c>, entity annotations...).</param>
public sealed record ConlluToken(string Form, string Lemma, string Upos, string Xpos, string Feats, int Head, string Deprel, string Misc)
{
    /// <summary>False when MISC says <c>SpaceAfter=No</c>.</summary>
    public bool SpaceAfter => !Misc.Contains("SpaceAfter=No", StringComparison.Ordinal);
}
