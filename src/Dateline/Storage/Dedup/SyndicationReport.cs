namespace Dateline.Storage.Dedup;

/// <summary>The syndication measurement.</summary>
/// <param name="Articles">Source articles.</param>
/// <param name="Copies">Derived copies (positive pairs).</param>
/// <param name="Different">Pairs of different articles (negative pairs).</param>
/// <param name="Scores">Decisions at each threshold.</param>
/// <param name="RecallByKind">Recall at the store's threshold per kind of copy.</param>
/// <param name="MaxDifferentSimilarity">The highest similarity seen between two different articles, per kind of pair.</param>
public sealed record SyndicationReport(
    int Articles, int Copies, int Different, IReadOnlyList<SyndicationScore> Scores, IReadOnlyDictionary<string, double> RecallByKind,
    IReadOnlyDictionary<string, double> MaxDifferentSimilarity);
