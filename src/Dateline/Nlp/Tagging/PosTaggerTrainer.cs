using Dateline.Corpora;
using Dateline.Nlp.Learning;
using Dateline.Nlp.Lemmas;

namespace Dateline.Nlp.Tagging;

/// <summary>
/// Trains a <see cref="PosTagger"/> from CoNLL-U sentences: joint XPOS|UPOS labels, an averaged
/// perceptron trained greedily on its own predicted history, sentences shuffled each pass with a seeded
/// generator (deterministic), then the lemma table counted from the same sentences.
/// </summary>
public sealed class PosTaggerTrainer
{
    private readonly PosTaggerTrainingOptions _options;

    /// <summary>Creates a trainer.</summary>
    /// <exception cref="ArgumentOutOfRangeException">An option is out of range.</exception>
    public PosTaggerTrainer(PosTaggerTrainingOptions? options = null)
    {
        _options = options ?? new PosTaggerTrainingOptions();
        _options.Validate();
    }

    /// <summary>Trains a tagger; <paramref name="progress"/> hears (pass number, training accuracy) after each pass.</summary>
    /// <exception cref="ArgumentException">There are no sentences.</exception>
    public PosTagger Train(IReadOnlyList<ConlluSentence> sentences, Action<int, double>? progress = null)
    {
        ArgumentNullException.ThrowIfNull(sentences);
        if (sentences.Count == 0) throw new ArgumentException("no training sentences.", nameof(sentences));
        var labels = BuildLabels(sentences);
        var corpus = TaggerTrainingCorpus.Build(sentences, labels, _options.AmbiguityMinShare);
        var tagDictionary = BuildTagDictionary(corpus, labels.Count);
        var perceptron = new AveragedPerceptron(labels.Count);
        var order = Enumerable.Range(0, corpus.SentenceCount).ToArray();
        var random = new Random(_options.Seed);
        for (var pass = 1; pass <= _options.Iterations; pass++)
        {
            random.Shuffle(order);
            var correct = 0;
            foreach (var s in order) correct += TrainSentence(corpus, s, perceptron, tagDictionary);
            progress?.Invoke(pass, (double)correct / corpus.TokenCount);
        }
        var lemmas = new LemmaTableBuilder();
        foreach (var sentence in sentences) lemmas.Add(sentence);
        var weights = perceptron.ToWeights(_options.PruneBelow);
        return new PosTagger(new PosTaggerModel(labels, weights, tagDictionary, corpus.Ambiguity, lemmas.Build()));
    }

    private static int TrainSentence(TaggerTrainingCorpus corpus, int s, AveragedPerceptron perceptron, TagDictionary tagDictionary)
    {
        var atoms = corpus.Atoms[s];
        var gold = corpus.Gold[s];
        var predicted = new int[gold.Length];
        Span<ulong> history = stackalloc ulong[TaggerFeatures.MaxHistory];
        Span<int> rows = stackalloc int[TaggerFeatures.MaxStatic + TaggerFeatures.MaxHistory];
        Span<float> scores = stackalloc float[perceptron.ScoreLength];
        var correct = 0;
        for (var i = 0; i < gold.Length; i++)
        {
            var known = tagDictionary.Find(atoms.Form[i]);
            if (known >= 0)
            {
                predicted[i] = known;
                correct += known == gold[i] ? 1 : 0;
                continue;
            }
            var statics = corpus.StaticFeatures(s, i);
            for (var k = 0; k < statics.Length; k++) rows[k] = perceptron.Row(statics[k], create: false);
            var historyCount = TaggerFeatures.History(atoms, i,
                i > 0 ? predicted[i - 1] : TaggerFeatures.StartLabel,
                i > 1 ? predicted[i - 2] : TaggerFeatures.StartLabel, history);
            for (var k = 0; k < historyCount; k++) rows[statics.Length + k] = perceptron.Row(history[k], create: false);
            var count = statics.Length + historyCount;
            scores.Clear();
            perceptron.Score(rows[..count], scores);
            var guess = TaggerDecoder.ArgMax(scores[..perceptron.ClassCount]);
            perceptron.Tick();
            if (guess != gold[i])
            {
                for (var k = 0; k < statics.Length; k++) rows[k] = perceptron.Row(statics[k], create: true);
                for (var k = 0; k < historyCount; k++) rows[statics.Length + k] = perceptron.Row(history[k], create: true);
                perceptron.Update(rows[..count], gold[i], guess);
            }
            else
            {
                correct++;
            }
            predicted[i] = guess;
        }
        return correct;
    }

    private static TaggerLabels BuildLabels(IReadOnlyList<ConlluSentence> sentences)
    {
        var pairs = new SortedSet<(string, string)>(Comparer<(string, string)>.Create((a, b) =>
        {
            var c = string.CompareOrdinal(a.Item1, b.Item1);
            return c != 0 ? c : string.CompareOrdinal(a.Item2, b.Item2);
        }));
        foreach (var sentence in sentences)
        {
            foreach (var word in sentence.Words) pairs.Add((word.Xpos, word.Upos));
        }
        return new TaggerLabels(pairs);
    }

    private TagDictionary BuildTagDictionary(TaggerTrainingCorpus corpus, int labelCount)
    {
        var counts = new Dictionary<ulong, int[]>();
        for (var s = 0; s < corpus.SentenceCount; s++)
        {
            var atoms = corpus.Atoms[s];
            var gold = corpus.Gold[s];
            for (var i = 0; i < gold.Length; i++)
            {
                if (!counts.TryGetValue(atoms.Form[i], out var perLabel)) counts[atoms.Form[i]] = perLabel = new int[labelCount];
                perLabel[gold[i]]++;
            }
        }
        var dictionary = new Dictionary<ulong, int>();
        foreach (var (form, perLabel) in counts)
        {
            var total = perLabel.Sum();
            var best = TaggerDecoder.ArgMax(Array.ConvertAll(perLabel, c => (float)c));
            if (total >= _options.TagDictionaryMinCount && perLabel[best] >= _options.TagDictionaryMinShare * total)
            {
                dictionary[form] = best;
            }
        }
        return new TagDictionary(dictionary);
    }
}
