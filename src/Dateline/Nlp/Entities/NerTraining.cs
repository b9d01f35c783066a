using Dateline.Models;
using Dateline.Nlp.Clusters;
using Dateline.Nlp.Entities.Training;

namespace Dateline.Nlp.Entities;

/// <summary>
/// Trains the NER model from the shared data (GUM train documents plus UNER EWT dev) and writes <c>ner.bin</c>;
/// reports the GUM dev score after each pass so the number of passes can be tuned.
/// </summary>
public static class NerTraining
{
    /// <summary>Trains and writes the model to <paramref name="output"/>.</summary>
    /// <param name="dataDirectory">The shared data folder.</param>
    /// <param name="output">Where the model file is written.</param>
    /// <param name="iterations">Passes over the training data.</param>
    /// <param name="seed">Shuffling seed; the same seed and data give the same file.</param>
    /// <param name="afterIteration">Called after each pass with the GUM dev evaluation, or null.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="iterations"/> is below 1.</exception>
    /// <exception cref="FileNotFoundException">A data file is missing.</exception>
    public static NerTrainingSummary Train(string dataDirectory, Stream output, int iterations, int seed, Action<int, NerEvaluation>? afterIteration = null)
    {
        ArgumentNullException.ThrowIfNull(output);
        var options = new NerTrainingOptions(iterations, seed).Validate();
        var gazetteer = Gazetteer.LoadEmbedded();
        var corpus = new NerCorpus(dataDirectory, gazetteer);
        var training = corpus.Training();
        var dev = afterIteration == null ? [] : corpus.Gum("dev");
        var clusters = WordClusters.Load(ModelRepository.Embedded);
        var trainer = new NerTrainer(gazetteer, corpus.Lexicon(), clusters);
        var model = trainer.Train(training, options, afterIteration == null ? null : (iteration, averaged) =>
            afterIteration(iteration, NerEvaluator.Evaluate(new NerLabeler(averaged, gazetteer, clusters), dev, "GUM dev")));
        using var memory = new MemoryStream();
        NerModelFormat.Write(model, memory);
        memory.Position = 0;
        memory.CopyTo(output);
        var tokens = 0;
        foreach (var example in training) tokens += example.Words.Count;
        return new NerTrainingSummary(training.Count, tokens, NerModelFormat.Read(new MemoryStream(memory.ToArray()), "trained model").FeatureKeys.Length, memory.Length);
    }

    /// <summary>The name of the model file in a <see cref="ModelRepository"/>.</summary>
    public static string ModelFileName => NerModel.FileName;
}
