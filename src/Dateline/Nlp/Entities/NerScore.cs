namespace Dateline.Nlp.Entities;

/// <summary>Span-level counts (exact span and type) and the figures derived from them.</summary>
/// <param name="TruePositives">Predicted names that match a gold name exactly.</param>
/// <param name="FalsePositives">Predicted names with no exact gold match.</param>
/// <param name="FalseNegatives">Gold names with no exact predicted match.</param>
public sealed record NerScore(int TruePositives, int FalsePositives, int FalseNegatives)
{
    /// <summary>Precision in percent (0 when nothing was predicted).</summary>
    public double Precision => Percent(TruePositives, TruePositives + FalsePositives);

    /// <summary>Recall in percent (0 when there is no gold name).</summary>
    public double Recall => Percent(TruePositives, TruePositives + FalseNegatives);

    /// <summary>Harmonic mean of precision and recall, in percent.</summary>
    public double F1 => Precision + Recall == 0 ? 0 : 2 * Precision * Recall / (Precision + Recall);

    /// <summary>The sum of two counts.</summary>
    public NerScore Plus(NerScore other) =>
        new(TruePositives + other.TruePositives, FalsePositives + other.FalsePositives, FalseNegatives + other.FalseNegatives);

    private static double Percent(int part, int whole) => whole == 0 ? 0 : 100.0 * part / whole;
}
