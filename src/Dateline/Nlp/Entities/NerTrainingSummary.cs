namespace Dateline.Nlp.Entities;

/// <summary>What a training run used and produced.</summary>
/// <param name="Sentences">Training sentences.</param>
/// <param name="Tokens">Training tokens.</param>
/// <param name="Features">Features kept in the model file.</param>
/// <param name="Bytes">Size of the model file.</param>
public sealed record NerTrainingSummary(int Sentences, int Tokens, int Features, long Bytes);
