namespace Dateline.Nlp.Parsing;

/// <summary>Settings for <see cref="ParserTrainer"/>. The defaults are the ones the shipped model was trained with.</summary>
public sealed record ParserTrainingOptions
{
    /// <summary>Passes over the training data (default 15).</summary>
    public int Iterations { get; init; } = 15;

    /// <summary>Seed of the shuffling and exploration; training is deterministic for a given seed (default 1).</summary>
    public int Seed { get; init; } = 1;

    /// <summary>First pass (1-based) in which the parser follows its own mistakes (default 2).</summary>
    public int ExploreFromIteration { get; init; } = 2;

    /// <summary>Probability of following a wrong predicted move instead of the oracle's (default 0.9).</summary>
    public double ExplorationProbability { get; init; } = 0.9;

    /// <summary>log2 of the number of hashed rows of the move model (default 22).</summary>
    public int ActionBits { get; init; } = 22;

    /// <summary>log2 of the number of hashed rows of the label model (default 19).</summary>
    public int LabelBits { get; init; } = 19;

    /// <summary>Averaged weights of smaller magnitude are dropped from the model (default 0.05).</summary>
    public float PruneBelow { get; init; } = 0.05f;

    /// <summary>
    /// Share of training words whose gold tags are swapped for those of a most-frequent-tag tagger trained
    /// on the other nine tenths of the data (jackknifed), so that the parser learns not to trust tags
    /// blindly (default 0.15, which makes about 2% of training tags wrong; 0 trains on gold tags only).
    /// </summary>
    public double TagNoise { get; init; } = 0.15;

    /// <summary>Checks the values.</summary>
    /// <exception cref="ArgumentOutOfRangeException">A value is out of range.</exception>
    public void Validate()
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(Iterations, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(ExploreFromIteration, 1);
        ArgumentOutOfRangeException.ThrowIfNegative(ExplorationProbability);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(ExplorationProbability, 1.0);
        ArgumentOutOfRangeException.ThrowIfLessThan(ActionBits, 8);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(ActionBits, 26);
        ArgumentOutOfRangeException.ThrowIfLessThan(LabelBits, 8);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(LabelBits, 24);
        ArgumentOutOfRangeException.ThrowIfNegative(PruneBelow);
        ArgumentOutOfRangeException.ThrowIfNegative(TagNoise);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(TagNoise, 1.0);
    }
}
