namespace Dateline.Extraction.Quotes.Evaluation;

/// <summary>
/// One article of an evaluation corpus as the project rebuilds its text from <c>../shared/data</c>.
/// Labelled sets point into <see cref="Text"/> by UTF-16 offset and carry its <see cref="Sha256"/> to detect drift.
/// </summary>
/// <param name="Corpus"><c>meantime</c> or <c>gum</c>.</param>
/// <param name="Document">The document id: the MEANTIME file name without <c>.xml</c>, or the GUM document name.</param>
/// <param name="Text">The rebuilt text.</param>
/// <param name="Published">The publication date given by the corpus, when it gives one.</param>
public sealed record EvaluationText(string Corpus, string Document, string Text, DateOnly? Published)
{
    /// <summary>Lower-case hex SHA-256 of the UTF-8 bytes of <see cref="Text"/>.</summary>
    public string Sha256 => EvaluationTexts.Sha256(Text);
}
