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
    /// <summary>Folds of the first-pass jackknife (five models, each trained on four fifths).</summary>
    private const int JackknifeFolds = 5;

    private readonly PosTaggerTrainingOptions _options;

    /// <summary>Creates a trainer.</summary>
    /// <exception cref="ArgumentOutOfRangeException">An option is out of range.</exception>
    public PosTaggerTrainer(PosTaggerTrainingOptions? options = null)
    {
        _options = options ?? new PosTaggerTrainingOptions();
        _options.Validate();
    }

    /// <summary>
    /// Trains a tagger; <paramref name="progress"/> hears (step, pass number, training accuracy) after each
    /// pass over the data of the final first-pass model (<c>first</c>) and of the second-pass model (<c>second</c>).
    /// </summary>
    /// <exception cref="ArgumentException">There are no sentences.</exception>
    public PosTagger Train(IReadOnlyList<ConlluSentence> sentences, Action<string, int, double>? progress = null)
    {
        ArgumentNullException.ThrowIfNull(sentences);
        if (sentences.Count == 0) throw new ArgumentException("no training sentences.", nameof(sentences));
        var labels = BuildLabels(sentences);
        var corpus = TaggerTrainingCorpus.Build(sentences, labels, _options.AmbiguityMinShare);
        var tagDictionary = BuildTagDictionary(corpus, labels.Count);
        var all = Enumerable.Range(0, corpus.SentenceCount).ToArray();
        var first = TrainModel(corpus, all, tagDictionary, null, (pass, accuracy) => progress?.Invoke("first", pass, accuracy));
        PerceptronWeights? second = null;
        if (_options.SecondPass)
        {
            var guesses = JackknifeFirstPass(corpus, tagDictionary);
            second = TrainModel(corpus, all, tagDictionary, guesses, (pass, accuracy) => progress?.Invoke("second", pass, accuracy));
        }
        var lemmas = new LemmaTableBuilder();
        foreach (var sentence in sentences) lemmas.Add(sentence);
        return new PosTagger(new PosTaggerModel(labels, first, tagDictionary, corpus.Ambiguity, lemmas.Build(), second));
    }

    /// <summary>First-pass labels of every sentence from a model trained without the sentence's fold.</summary>
    private int[][] JackknifeFirstPass(TaggerTrainingCorpus corpus, TagDictionary tagDictionary)
    {
        var guesses = new int[corpus.SentenceCount][];
        for (var fold = 0; fold < JackknifeFolds; fold++)
        {
            var f = fold;
            var rest = Enumerable.Range(0, corpus.SentenceCount).Where(s => s % JackknifeFolds != f).ToArray();
            var weights = TrainModel(corpus, rest, tagDictionary, null, null);
            for (var s = fold; s < corpus.SentenceCount; s += JackknifeFolds)
            {
                guesses[s] = new int[corpus.Gold[s].Length];
                TaggerDecoder.DecodePass(corpus.Atoms[s], weights, tagDictionary, [], guesses[s]);
            }
        }
        return guesses;
    }

    private PerceptronWeights TrainModel(TaggerTrainingCorpus corpus, int[] sentences, TagDictionary tagDictionary, int[][]? firstPass, Action<int, double>? progress)
    {
        var perceptron = new AveragedPerceptron(corpus.LabelCount);
        var order = (int[])sentences.Clone();
        var random = new Random(_options.Seed);
        var tokens = sentences.Sum(s => corpus.Gold[s].Length);
        for (var pass = 1; pass <= _options.Iterations; pass++)
        {
            random.Shuffle(order);
            var correct = 0;
            foreach (var s in order) correct += TrainSentence(corpus, s, perceptron, tagDictionary, firstPass?[s]);
            progress?.Invoke(pass, (double)correct / tokens);
        }
        return perceptron.ToWeights(_options.PruneBelow);
    }

    private static int TrainSentence(TaggerTrainingCorpus corpus, int s, AveragedPerceptron perceptron, TagDictionary tagDictionary, int[]? firstPass)
    {
        var atoms = corpus.Atoms[s];
        var gold = corpus.Gold[s];
        var predicted = new int[gold.Length];
        Span<ulong> dynamic = stackalloc ulong[TaggerFeatures.MaxHistory + TaggerFeatures.MaxLookahead];
        Span<int> rows = stackalloc int[TaggerFeatures.MaxFeatures];
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
            var previous = i > 0 ? predicted[i - 1] : TaggerFeatures.StartLabel;
            var dynamicCount = TaggerFeatures.History(atoms, i, previous, i > 1 ? predicted[i - 2] : TaggerFeatures.StartLabel, dynamic);
            if (firstPass != null) dynamicCount += TaggerFeatures.Lookahead(atoms, i, firstPass, previous, dynamic[dynamicCount..]);
            var count = statics.Length + dynamicCount;
            for (var k = 0; k < statics.Length; k++) rows[k] = perceptron.Row(statics[k], create: false);
            for (var k = 0; k < dynamicCount; k++) rows[statics.Length + k] = perceptron.Row(dynamic[k], create: false);
            scores.Clear();
            perceptron.Score(rows[..count], scores);
            var guess = TaggerDecoder.ArgMax(scores[..perceptron.ClassCount]);
            perceptron.Tick();
            if (guess != gold[i])
            {
                for (var k = 0; k < statics.Length; k++) rows[k] = perceptron.Row(statics[k], create: true);
                for (var k = 0; k < dynamicCount; k++) rows[statics.Length + k] = perceptron.Row(dynamic[k], create: true);
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
