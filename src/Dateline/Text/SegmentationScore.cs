namespace Dateline.Text;

/// <summary>Counts for one kind of unit (tokens or sentences), scored by exact character span.</summary>
/// <param name="Gold">Units in the gold standard.</param>
/// <param name="Predicted">Units the segmenter produced.</param>
/// <param name="Correct">Predicted units whose span equals a gold unit's span.</param>
public sealed record SegmentationScore(int Gold, int Predicted, int Correct)
{
    /// <summary>Correct / Predicted (1 when nothing was predicted).</summary>
    public double Precision => Predicted == 0 ? 1 : (double)Correct / Predicted;

    /// <summary>Correct / Gold (1 when there is no gold unit).</summary>
    public double Recall => Gold == 0 ? 1 : (double)Correct / Gold;

    /// <summary>Harmonic mean of precision and recall.</summary>
    public double F1 => Precision + Recall == 0 ? 0 : 2 * Precision * Recall / (Precision + Recall);

    /// <summary>Adds the counts of another score.</summary>
    public SegmentationScore Plus(SegmentationScore other) =>
        new(Gold + other.Gold, Predicted + other.Predicted, Correct + other.Correct);
}
