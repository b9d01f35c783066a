namespace Dateline.Nlp.Entities;

/// <summary>
/// The stored data of the named-entity model: feature keys with one weight per label each, and label
/// transition weights. Behaviour lives in <see cref="NerLabeler"/>; the file format in <see cref="NerModelFormat"/>.
/// </summary>
/// <param name="FeatureKeys">Hashed feature keys (see <see cref="NerFeatureExtractor"/>).</param>
/// <param name="Weights">Weights, <see cref="BilouScheme.LabelCount"/> per key, in key order.</param>
/// <param name="Transitions">Weight of label <c>b</c> following label <c>a</c> at <c>a * LabelCount + b</c>.</param>
/// <param name="Lexicon">Word statistics the features consult, fixed at training time.</param>
internal sealed record NerModel(ulong[] FeatureKeys, float[] Weights, float[] Transitions, WordLexicon Lexicon)
{
    /// <summary>The model file name inside a <see cref="Models.ModelRepository"/>.</summary>
    public const string FileName = "ner.bin";
}
