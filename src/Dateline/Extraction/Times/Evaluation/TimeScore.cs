namespace Dateline.Extraction.Times.Evaluation;

/// <summary>Span and value figures of the time stage on MEANTIME.</summary>
/// <param name="Documents">Documents read.</param>
/// <param name="Gold">Gold TIMEX3 mentions.</param>
/// <param name="Predicted">Predicted expressions.</param>
/// <param name="StrictMatches">Predictions with exactly the gold token span.</param>
/// <param name="RelaxedMatches">Predictions overlapping a gold span (one-to-one).</param>
/// <param name="ValueCorrect">Relaxed matches whose value equals the gold value.</param>
public sealed record TimeScore(int Documents, int Gold, int Predicted, int StrictMatches, int RelaxedMatches, int ValueCorrect)
{
    /// <summary>Strict precision.</summary>
    public double StrictPrecision => Ratio(StrictMatches, Predicted);

    /// <summary>Strict recall.</summary>
    public double StrictRecall => Ratio(StrictMatches, Gold);

    /// <summary>Strict F1.</summary>
    public double StrictF1 => F1(StrictPrecision, StrictRecall);

    /// <summary>Relaxed precision.</summary>
    public double RelaxedPrecision => Ratio(RelaxedMatches, Predicted);

    /// <summary>Relaxed recall.</summary>
    public double RelaxedRecall => Ratio(RelaxedMatches, Gold);

    /// <summary>Relaxed F1.</summary>
    public double RelaxedF1 => F1(RelaxedPrecision, RelaxedRecall);

    /// <summary>Share of relaxed matches with the gold value.</summary>
    public double ValueAccuracy => Ratio(ValueCorrect, RelaxedMatches);

    private static double Ratio(int a, int b) => b == 0 ? 0 : (double)a / b;

    private static double F1(double p, double r) => p + r == 0 ? 0 : 2 * p * r / (p + r);
}
