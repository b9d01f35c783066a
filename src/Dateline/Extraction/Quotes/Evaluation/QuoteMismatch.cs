namespace Dateline.Extraction.Quotes.Evaluation;

/// <summary>One disagreement between gold and prediction, for error listings.</summary>
/// <param name="Category"><c>missed</c> (gold without a prediction), <c>spurious</c> (prediction without gold),
/// <c>speaker</c> (paired, wrong or missing speaker), <c>cue</c> (paired, wrong or missing cue), <c>kind</c> (paired, other kind).</param>
/// <param name="Gold">The gold quote, when there is one.</param>
/// <param name="Predicted">The predicted quote, when there is one.</param>
public sealed record QuoteMismatch(string Category, QuoteLabel? Gold, PredictedQuote? Predicted);
