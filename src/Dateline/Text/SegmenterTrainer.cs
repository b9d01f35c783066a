using Dateline.Corpora;

namespace Dateline.Text;

/// <summary>
/// Trains the sentence-boundary model (<see cref="BoundaryModel"/>) on a UD treebank: the raw text is
/// rebuilt, segmented by the rules alone, and every gap the model would be asked about becomes an example
/// labelled by whether a gold sentence starts after it. An averaged perceptron is trained on them, with the
/// examples shuffled by a seeded generator each epoch, so the same data and seed give the same file.
/// </summary>
public static class SegmenterTrainer
{
    /// <summary>Trains on <paramref name="conlluPath"/> and writes the model to <paramref name="output"/>.</summary>
    /// <param name="conlluPath">The training treebank (UD English-EWT train).</param>
    /// <param name="output">Where the model is written.</param>
    /// <param name="seed">Seed of the shuffling.</param>
    /// <param name="epochs">Passes over the examples.</param>
    /// <param name="threshold">Score above which a gap ends a sentence (stored in the model).</param>
    /// <exception cref="FileNotFoundException">The treebank does not exist.</exception>
    public static SegmenterTrainingReport Train(string conlluPath, Stream output, int seed = 1, int epochs = 5, float threshold = 0f)
    {
        ArgumentNullException.ThrowIfNull(output);
        if (!File.Exists(conlluPath)) throw new FileNotFoundException("E104: training treebank not found.", conlluPath);
        const int size = 1 << 14;
        var (features, labels) = Examples(conlluPath, size);
        var weights = Perceptron(features, labels, size, seed, epochs);
        new BoundaryModel(weights, threshold).Write(output);
        return new SegmenterTrainingReport(labels.Count, labels.Count(l => l), epochs, seed);
    }

    private static (List<int[]> Features, List<bool> Labels) Examples(string conlluPath, int size)
    {
        var lexicon = SegmentationLexicon.Default;
        var tokenizer = new Tokenizer(lexicon);
        var splitter = new SentenceSplitter(lexicon);
        var buffer = new TokenBuffer();
        var candidates = new List<(int First, int Left, int Next)>();
        var features = new List<int[]>();
        var labels = new List<bool>();
        foreach (var gold in TreebankTextBuilder.Build(ConlluReader.ReadFile(conlluPath)))
        {
            buffer.Clear();
            candidates.Clear();
            tokenizer.Tokenize(gold.Text, buffer);
            splitter.Split(gold.Text, buffer, candidates);
            var starts = gold.Sentences.Select(s => s.Start).ToHashSet();
            foreach (var (first, left, next) in candidates)
            {
                var example = new int[BoundaryFeatures.Count];
                BoundaryFeatures.Extract(gold.Text, buffer.Tokens, first, left, next, size, example);
                features.Add(example);
                labels.Add(starts.Contains(buffer.Tokens[next].Start));
            }
        }
        return (features, labels);
    }

    /// <summary>Averaged perceptron (weights averaged over every step, computed lazily per weight).</summary>
    private static float[] Perceptron(List<int[]> features, List<bool> labels, int size, int seed, int epochs)
    {
        var weights = new double[size];
        var totals = new double[size];
        var stamps = new long[size];
        var order = Enumerable.Range(0, labels.Count).ToArray();
        var random = new Random(seed);
        long step = 1;
        for (var epoch = 0; epoch < epochs; epoch++)
        {
            random.Shuffle(order);
            foreach (var e in order)
            {
                var score = 0.0;
                foreach (var f in features[e]) score += weights[f];
                if (score > 0 != labels[e])
                {
                    var delta = labels[e] ? 1.0 : -1.0;
                    foreach (var f in features[e])
                    {
                        totals[f] += (step - stamps[f]) * weights[f];
                        stamps[f] = step;
                        weights[f] += delta;
                    }
                }
                step++;
            }
        }
        var averaged = new float[size];
        for (var f = 0; f < size; f++)
        {
            averaged[f] = (float)((totals[f] + (step - stamps[f]) * weights[f]) / step);
        }
        return averaged;
    }
}
