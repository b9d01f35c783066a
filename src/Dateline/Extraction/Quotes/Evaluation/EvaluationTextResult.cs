namespace Dateline.Extraction.Quotes.Evaluation;

/// <summary>An article text rebuilt from the shared data, or the reason it could not be.</summary>
/// <param name="Text">The article, when it was rebuilt.</param>
/// <param name="Error">What went wrong (naming the corpus, document and file), when it was not.</param>
public sealed record EvaluationTextResult(EvaluationText? Text, string? Error)
{
    /// <summary>A rebuilt article.</summary>
    public static EvaluationTextResult Success(EvaluationText text) => new(text, null);

    /// <summary>A failure with its reason.</summary>
    public static EvaluationTextResult Failure(string error) => new(null, error);
}
