using Dateline.Documents;

namespace Dateline.Extraction.Quotes.Evaluation;

/// <summary>Reads the quotes an analysed document holds as <see cref="PredictedQuote"/>s for scoring.</summary>
public static class QuotePredictions
{
    /// <summary>The document's quotes; none until the quotes layer exists in this build.</summary>
    public static IReadOnlyList<PredictedQuote> Read(Document document) => [];
}
