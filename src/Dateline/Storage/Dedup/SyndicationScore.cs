namespace Dateline.Storage.Dedup;

/// <summary>Same-story decisions at one threshold.</summary>
/// <param name="Threshold">Estimated Jaccard similarity at or above which a pair is called the same story.</param>
/// <param name="TruePositives">Copies called copies.</param>
/// <param name="FalsePositives">Different articles called copies.</param>
/// <param name="FalseNegatives">Copies missed.</param>
public sealed record SyndicationScore(double Threshold, int TruePositives, int FalsePositives, int FalseNegatives)
{
    /// <summary>Share of "same story" decisions that were right.</summary>
    public double Precision => TruePositives + FalsePositives == 0 ? 1 : (double)TruePositives / (TruePositives + FalsePositives);

    /// <summary>Share of copies found.</summary>
    public double Recall => TruePositives + FalseNegatives == 0 ? 1 : (double)TruePositives / (TruePositives + FalseNegatives);
}
