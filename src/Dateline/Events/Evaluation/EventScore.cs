namespace Dateline.Events.Evaluation;

/// <summary>Record-level exact-match rates by category and triple-level precision and recall.</summary>
/// <param name="Categories">Per category, in first-seen order.</param>
/// <param name="Correct">Predicted triples that are expected.</param>
/// <param name="Predicted">All predicted triples.</param>
/// <param name="Expected">All expected triples.</param>
/// <param name="Failures">One text block per record that was not exactly right (id, text, missing, extra).</param>
public sealed record EventScore(IReadOnlyList<CategoryScore> Categories, int Correct, int Predicted, int Expected, IReadOnlyList<string> Failures)
{
    /// <summary>Scored records over all categories.</summary>
    public int Records => Categories.Sum(c => c.Records);

    /// <summary>Exactly right records over all categories.</summary>
    public int Exact => Categories.Sum(c => c.Exact);

    /// <summary>Exact / Records.</summary>
    public double Rate => Records == 0 ? 0 : (double)Exact / Records;

    /// <summary>Triple precision.</summary>
    public double Precision => Predicted == 0 ? 0 : (double)Correct / Predicted;

    /// <summary>Triple recall.</summary>
    public double Recall => Expected == 0 ? 0 : (double)Correct / Expected;

    /// <summary>Triple F1.</summary>
    public double F1 => Precision + Recall == 0 ? 0 : 2 * Precision * Recall / (Precision + Recall);
}
