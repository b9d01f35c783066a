namespace Dateline.Nlp.Parsing;

/// <summary>
/// Scratch buffers for parsing one sentence after another on one thread: the configuration, the
/// feature hashes and the score arrays. Reusing one avoids allocation per transition.
/// </summary>
internal sealed class ParserWorkspace
{
    /// <summary>Creates buffers for a model with <paramref name="labelCount"/> labels.</summary>
    public ParserWorkspace(int labelCount)
    {
        LabelScores = new float[labelCount];
    }

    /// <summary>The configuration.</summary>
    public ArcEagerState State { get; } = new();

    /// <summary>Features of the current configuration.</summary>
    public ulong[] Features { get; } = new ulong[ParserFeatures.Count];

    /// <summary>Label-model features (the leading features salted with the arc direction).</summary>
    public ulong[] LabelFeatures { get; } = new ulong[ParserFeatures.LabelCount];

    /// <summary>Scores of the moves.</summary>
    public float[] ActionScores { get; } = new float[ArcEagerAction.Count];

    /// <summary>Scores of the labels.</summary>
    public float[] LabelScores { get; }
}
