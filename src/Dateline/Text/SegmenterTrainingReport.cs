namespace Dateline.Text;

/// <summary>What training the sentence-boundary model saw.</summary>
/// <param name="Examples">Gaps the model was trained on.</param>
/// <param name="Boundaries">Gaps among them where a gold sentence starts.</param>
/// <param name="Epochs">Passes over the examples.</param>
/// <param name="Seed">Seed of the shuffling.</param>
public sealed record SegmenterTrainingReport(int Examples, int Boundaries, int Epochs, int Seed);
