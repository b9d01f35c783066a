namespace Dateline.Events.Evaluation;

/// <summary>Records and exact matches in one category.</summary>
/// <param name="Category">The category name.</param>
/// <param name="Records">Scored records.</param>
/// <param name="Exact">Records whose coded triples equal the expected ones exactly.</param>
public sealed record CategoryScore(string Category, int Records, int Exact)
{
    /// <summary>Exact / Records.</summary>
    public double Rate => Records == 0 ? 0 : (double)Exact / Records;
}
