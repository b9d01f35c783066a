using Dateline.Corpora;

namespace Dateline.Nlp.Parsing;

/// <summary>
/// Trains a <see cref="DependencyParser"/>: greedy arc-eager parsing with an averaged perceptron, a
/// dynamic oracle and error exploration (Goldberg and Nivre 2012). Each move is scored by a move model;
/// the label of an arc by a separate label model. Non-projective gold trees are made projective by
/// lifting first. Deterministic for a given seed.
/// </summary>
public static class ParserTrainer
{
    /// <summary>Trains on <paramref name="sentences"/> (forms, gold tags and trees).</summary>
    /// <param name="sentences">Training sentences.</param>
    /// <param name="options">Settings; see <see cref="ParserTrainingOptions"/>.</param>
    /// <param name="dev">Development sentences: when given, each pass is scored on them and the best pass (by LAS) is returned.</param>
    /// <param name="progress">Called after each pass.</param>
    /// <param name="trainingTags">Tags to train with, one entry per sentence (e.g. <see cref="JackknifedTags"/>); when given, <see cref="ParserTrainingOptions.TagNoise"/> is not used.</param>
    /// <param name="devTags">Tags the dev sentences are parsed with when choosing the best pass; null uses their gold tags.</param>
    /// <exception cref="ArgumentException">No training sentences, or the training tags do not match them.</exception>
    public static DependencyParser Train(
        IReadOnlyList<ConlluSentence> sentences,
        ParserTrainingOptions options,
        IReadOnlyList<ConlluSentence>? dev = null,
        Action<ParserTrainingProgress>? progress = null,
        IReadOnlyList<Dateline.Documents.PosTags>? trainingTags = null,
        Func<ConlluSentence, Dateline.Documents.PosTags>? devTags = null)
    {
        ArgumentNullException.ThrowIfNull(sentences);
        ArgumentNullException.ThrowIfNull(options);
        options.Validate();
        if (sentences.Count == 0)
        {
            throw new ArgumentException("E308: no training sentences.", nameof(sentences));
        }
        var labels = LabelSet(sentences);
        var labelIds = new Dictionary<string, int>();
        for (var i = 0; i < labels.Length; i++) labelIds[labels[i]] = i;
        if (trainingTags != null && trainingTags.Count != sentences.Count)
        {
            throw new ArgumentException($"E309: {trainingTags.Count} tag sequences for {sentences.Count} training sentences.", nameof(trainingTags));
        }
        var tags = trainingTags != null ? [.. trainingTags] : TrainingTags(sentences, options);
        var prepared = sentences.Select((s, i) => ParserTrainingSentence.From(s, labelIds, tags[i])).ToArray();
        var run = new ParserTrainingRun(options, labels);
        var random = new Random(options.Seed);
        var order = Enumerable.Range(0, prepared.Length).ToArray();
        DependencyParser? best = null;
        var bestLas = double.MinValue;
        for (var iteration = 1; iteration <= options.Iterations; iteration++)
        {
            random.Shuffle(order);
            var explore = iteration >= options.ExploreFromIteration;
            foreach (var index in order)
            {
                run.TrainSentence(prepared[index], explore, random);
            }
            var snapshot = run.Snapshot();
            ParserEvaluation? score = null;
            if (dev != null)
            {
                score = ParserEvaluator.Evaluate(snapshot, dev, devTags);
                if (score.Las > bestLas)
                {
                    bestLas = score.Las;
                    best = snapshot;
                }
            }
            else
            {
                best = snapshot;
            }
            progress?.Invoke(new ParserTrainingProgress(iteration, run.Transitions, run.Errors, score));
            run.ResetCounts();
        }
        return best!;
    }

    /// <summary>Jackknifed noisy tags per sentence (null entries keep the gold tags).</summary>
    private static Dateline.Documents.PosTags?[] TrainingTags(IReadOnlyList<ConlluSentence> sentences, ParserTrainingOptions options)
    {
        const int folds = 10;
        var tags = new Dateline.Documents.PosTags?[sentences.Count];
        if (options.TagNoise <= 0 || sentences.Count < folds) return tags;
        for (var fold = 0; fold < folds; fold++)
        {
            var f = fold;
            var tagger = MostFrequentTagger.Train(sentences.Where((_, i) => i % folds != f));
            for (var i = fold; i < sentences.Count; i += folds)
            {
                tags[i] = tagger.TagSome(sentences[i], options.TagNoise, options.Seed);
            }
        }
        return tags;
    }

    private static string[] LabelSet(IReadOnlyList<ConlluSentence> sentences)
    {
        var set = new SortedSet<string>(StringComparer.Ordinal) { "root" };
        foreach (var sentence in sentences)
        {
            foreach (var word in sentence.Words) set.Add(word.Deprel);
        }
        return [.. set];
    }
}
