namespace Dateline.Nlp.Tagging;

/// <summary>Settings of <see cref="PosTaggerTrainer"/>; the defaults are the ones the shipped model was trained with.</summary>
public sealed record PosTaggerTrainingOptions
{
    /// <summary>Passes over the training data (default 15).</summary>
    public int Iterations { get; init; } = 15;

    /// <summary>Seed of the sentence shuffle; the same seed and data give the same model (default 1).</summary>
    public int Seed { get; init; } = 1;

    /// <summary>A word enters the tag dictionary when seen at least this often (default 20)...</summary>
    public int TagDictionaryMinCount { get; init; } = 20;

    /// <summary>
    /// ...and with one label at least this share of the time. Above 1 disables the dictionary, which is the
    /// default: on EWT dev the dictionary cost 0.1 to 0.15 UPOS points (at 0.97 and 0.995) for little speed.
    /// </summary>
    public double TagDictionaryMinShare { get; init; } = 1.01;

    /// <summary>Averaged weights smaller than this in absolute value are dropped from the model (default 0.05).</summary>
    public float PruneBelow { get; init; } = 0.05f;

    /// <summary>A label belongs to a word's ambiguity class when it covers at least this share of its occurrences (default 0.1).</summary>
    public double AmbiguityMinShare { get; init; } = 0.1;

    /// <summary>
    /// Train a second pass that also sees the first pass's labels of the next two tokens (default true).
    /// Training then takes about six times as long (five jackknifed first-pass models).
    /// </summary>
    public bool SecondPass { get; init; } = true;

    /// <summary>Checks the values.</summary>
    /// <exception cref="ArgumentOutOfRangeException">A value is out of range.</exception>
    public void Validate()
    {
        if (Iterations < 1) throw new ArgumentOutOfRangeException(nameof(Iterations), Iterations, "at least one iteration.");
        if (TagDictionaryMinCount < 1) throw new ArgumentOutOfRangeException(nameof(TagDictionaryMinCount), TagDictionaryMinCount, "at least 1.");
        if (PruneBelow < 0) throw new ArgumentOutOfRangeException(nameof(PruneBelow), PruneBelow, "not negative.");
    }
}
