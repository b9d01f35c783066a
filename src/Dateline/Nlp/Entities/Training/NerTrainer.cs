namespace Dateline.Nlp.Entities.Training;

/// <summary>
/// Trains the NER model as an averaged structured perceptron: each sentence is decoded with the current
/// weights (Viterbi under the BILOU constraints) and, where the best sequence differs from the gold one,
/// the gold features and transitions gain one and the predicted ones lose one. The returned weights are the
/// average over all steps. Deterministic for a given seed.
/// </summary>
internal sealed class NerTrainer
{
    private const int L = BilouScheme.LabelCount;
    private readonly NerFeatureExtractor _extractor;
    private readonly WordLexicon _lexicon;

    /// <summary>Creates a trainer whose features consult <paramref name="gazetteer"/>, <paramref name="lexicon"/> and, when given, <paramref name="clusters"/>.</summary>
    public NerTrainer(Gazetteer gazetteer, WordLexicon lexicon, Clusters.WordClusters? clusters = null)
    {
        _extractor = new NerFeatureExtractor(gazetteer, lexicon, clusters);
        _lexicon = lexicon;
    }

    /// <summary>Trains on the examples; <paramref name="afterIteration"/>, when given, sees the averaged model after each pass.</summary>
    public NerModel Train(IReadOnlyList<NerExample> examples, NerTrainingOptions options, Action<int, NerModel>? afterIteration = null)
    {
        options.Validate();
        var (keys, sentences) = Index(examples);
        var state = new PerceptronState(keys.Count);
        var order = Enumerable.Range(0, sentences.Count).ToArray();
        var random = new Random(options.Seed);
        var buffer = new FeatureBuffer();
        for (var iteration = 1; iteration <= options.Iterations; iteration++)
        {
            random.Shuffle(order);
            foreach (var s in order)
            {
                state.Learn(sentences[s], buffer);
            }
            afterIteration?.Invoke(iteration, state.Averaged(keys, _lexicon));
        }
        return state.Averaged(keys, _lexicon);
    }

    private (List<ulong> Keys, List<IndexedSentence> Sentences) Index(IReadOnlyList<NerExample> examples)
    {
        var index = new Dictionary<ulong, int>();
        var keys = new List<ulong>();
        var sentences = new List<IndexedSentence>(examples.Count);
        var buffer = new FeatureBuffer();
        foreach (var example in examples)
        {
            var n = example.Words.Count;
            if (n == 0) continue;
            _extractor.Extract(SentenceText.FromWords(example.Words), buffer);
            var offsets = new int[n + 1];
            var features = new List<int>();
            for (var i = 0; i < n; i++)
            {
                offsets[i] = features.Count;
                foreach (var key in buffer.Keys.AsSpan(i * FeatureBuffer.MaxPerToken, buffer.Counts[i]))
                {
                    if (!index.TryGetValue(key, out var id))
                    {
                        id = keys.Count;
                        index.Add(key, id);
                        keys.Add(key);
                    }
                    features.Add(id);
                }
            }
            offsets[n] = features.Count;
            sentences.Add(new IndexedSentence([.. features], offsets, BilouScheme.Encode(example.Spans, n)));
        }
        return (keys, sentences);
    }
}
