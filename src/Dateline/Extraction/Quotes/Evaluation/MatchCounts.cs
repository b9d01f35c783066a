namespace Dateline.Extraction.Quotes.Evaluation;

/// <summary>Counts for precision and recall: gold and predicted items and how many of each found a match.</summary>
/// <param name="Gold">Gold items.</param>
/// <param name="Predicted">Predicted items.</param>
/// <param name="GoldFound">Gold items matched by a prediction (recall numerator).</param>
/// <param name="PredictedFound">Predicted items matching a gold item (precision numerator).</param>
public readonly record struct MatchCounts(int Gold, int Predicted, int GoldFound, int PredictedFound)
{
    /// <summary>PredictedFound / Predicted (0 when nothing was predicted).</summary>
    public double Precision => Predicted == 0 ? 0 : (double)PredictedFound / Predicted;

    /// <summary>GoldFound / Gold (0 when there is no gold).</summary>
    public double Recall => Gold == 0 ? 0 : (double)GoldFound / Gold;

    /// <summary>Harmonic mean of precision and recall.</summary>
    public double F1 => Precision + Recall == 0 ? 0 : 2 * Precision * Recall / (Precision + Recall);

    /// <summary>Adds two counts.</summary>
    public static MatchCounts operator +(MatchCounts a, MatchCounts b) =>
        new(a.Gold + b.Gold, a.Predicted + b.Predicted, a.GoldFound + b.GoldFound, a.PredictedFound + b.PredictedFound);
}
