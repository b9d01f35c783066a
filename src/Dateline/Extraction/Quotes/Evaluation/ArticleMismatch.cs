namespace Dateline.Extraction.Quotes.Evaluation;

/// <summary>A disagreement with the article it came from, so that listings can quote the text.</summary>
/// <param name="Article">The rebuilt article.</param>
/// <param name="Mismatch">The disagreement.</param>
public sealed record ArticleMismatch(EvaluationText Article, QuoteMismatch Mismatch);
