namespace Dateline.Corpora;

/// <summary>A sentence read from a CoNLL-U file.</summary>
/// <param name="Id">The <c>sent_id</c> comment, or empty.</param>
/// <param name="Text">The <c>text</c> comment, or empty.</param>
/// <param name="Words">Syntactic words in order (index <c>i</c> has CoNLL-U ID <c>i + 1</c>).</param>
/// <param name="MultiwordTokens">Surface tokens that span several words: first and last word index (0-based) and the surface form.</param>
/// <param name="Comments">Every comment line without the leading <c>#</c>, trimmed.</param>
/// <param name="NewDocument">True when a <c>newdoc</c> comment opens this sentence.</param>
/// <param name="NewParagraph">True when a <c>newpar</c> comment opens this sentence.</param>
public sealed record ConlluSentence(
    string Id,
    string Text,
    IReadOnlyList<ConlluToken> Words,
    IReadOnlyList<(int First, int Last, string Form)> MultiwordTokens,
    IReadOnlyList<string> Comments,
    bool NewDocument,
    bool NewParagraph);
