namespace Dateline.Nlp.Parsing;

/// <summary>Adds the weights of hashed features to per-class scores (one call per decision, not per feature).</summary>
internal interface IParserScorer
{
    /// <summary>Number of classes scored.</summary>
    int Classes { get; }

    /// <summary>Adds each feature's weight row to <paramref name="scores"/> (cleared by the caller).</summary>
    void Score(ReadOnlySpan<ulong> features, Span<float> scores);
}
