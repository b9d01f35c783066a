namespace Dateline.Extraction.Quotes.Evaluation;

/// <summary>One line of a labelled set: an article (by corpus and document id), the hash of its rebuilt text, its quotes.</summary>
/// <param name="Corpus"><c>meantime</c> or <c>gum</c>.</param>
/// <param name="Document">The document id (see <see cref="EvaluationText.Document"/>).</param>
/// <param name="TextSha256">The SHA-256 of the text the offsets point into.</param>
/// <param name="Quotes">The labelled attributions, in text order.</param>
/// <param name="Line">The line of the file it was read from (1-based), for messages.</param>
public sealed record LabelledArticle(string Corpus, string Document, string TextSha256, IReadOnlyList<QuoteLabel> Quotes, int Line);
