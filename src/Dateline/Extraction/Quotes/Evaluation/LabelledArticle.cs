namespace Dateline.Extraction.Quotes.Evaluation;

/// <summary>One line of a labelled set: an article (by corpus and document id), the hash of its rebuilt text, its quotes.</summary>
/// <param name="Corpus"><c>meantime</c> or <c>gum</c>.</param>
/// <param name="Document">The document id (see <see cref="EvaluationText.Document"/>).</param>
/// <param name="TextSha256">The SHA-256 of the text the offsets point into.</param>
/// <param name="Quotes">The labelled attributions, in text order.</param>
/// <param name="Line">The line of the file it was read from (1-based), for messages.</param>
/// <param name="Split">The part of the set the article belongs to: <c>dev</c> (looked at while building the extractor,
/// the default) or <c>test</c> (held out: labelled before the extractor was changed, and only scored).</param>
public sealed record LabelledArticle(string Corpus, string Document, string TextSha256, IReadOnlyList<QuoteLabel> Quotes, int Line,
    string Split = LabelledArticle.DevSplit)
{
    /// <summary>The split of articles without a <c>split</c> field.</summary>
    public const string DevSplit = "dev";
}
