namespace Dateline.Nlp.Entities.Training;

/// <summary>Settings of <see cref="NerTrainer"/>.</summary>
/// <param name="Iterations">Passes over the training data (default 8).</param>
/// <param name="Seed">Seed of the shuffling; the same seed and data give the same model.</param>
internal sealed record NerTrainingOptions(int Iterations = 8, int Seed = 3)
{
    /// <summary>Checks the values.</summary>
    /// <exception cref="ArgumentOutOfRangeException">Iterations is below 1.</exception>
    public NerTrainingOptions Validate()
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(Iterations, 1);
        return this;
    }
}
