using Dateline.Corpora;

namespace Dateline.Nlp.Tagging;

/// <summary>Training sentences turned into atoms, gold label ids and precomputed static feature hashes.</summary>
internal sealed class TaggerTrainingCorpus
{
    /// <summary>
    /// Number of folds (sentence index modulo): ambiguity classes of training words, and the first-pass
    /// labels the second pass learns from, come from the other folds (jackknifing), so that training sees
    /// unknown words and first-pass mistakes about as often as new text does.
    /// </summary>
    public const int Folds = 10;

    private readonly ulong[][] _features;
    private readonly int[][] _offsets;

    private TaggerTrainingCorpus(SentenceAtoms[] atoms, int[][] gold, ulong[][] features, int[][] offsets, int tokens, AmbiguityClasses ambiguity, int labelCount)
    {
        LabelCount = labelCount;
        Ambiguity = ambiguity;
        Atoms = atoms;
        Gold = gold;
        _features = features;
        _offsets = offsets;
        TokenCount = tokens;
    }

    /// <summary>Number of labels.</summary>
    public int LabelCount { get; }

    /// <summary>The ambiguity classes learned from these sentences.</summary>
    public AmbiguityClasses Ambiguity { get; }

    /// <summary>Atoms per sentence.</summary>
    public SentenceAtoms[] Atoms { get; }

    /// <summary>Gold label ids per sentence.</summary>
    public int[][] Gold { get; }

    /// <summary>Number of sentences.</summary>
    public int SentenceCount => Atoms.Length;

    /// <summary>Number of tokens.</summary>
    public int TokenCount { get; }

    /// <summary>The static feature hashes of token <paramref name="i"/> of sentence <paramref name="s"/>.</summary>
    public ReadOnlySpan<ulong> StaticFeatures(int s, int i) =>
        _features[s].AsSpan(_offsets[s][i], _offsets[s][i + 1] - _offsets[s][i]);

    /// <summary>Prepares the sentences.</summary>
    public static TaggerTrainingCorpus Build(IReadOnlyList<ConlluSentence> sentences, TaggerLabels labels, double ambiguityMinShare)
    {
        var (ambiguity, folds) = LearnAmbiguity(sentences, labels, ambiguityMinShare);
        var atoms = new SentenceAtoms[sentences.Count];
        var gold = new int[sentences.Count][];
        var features = new ulong[sentences.Count][];
        var offsets = new int[sentences.Count][];
        var tokens = 0;
        Span<ulong> buffer = stackalloc ulong[TaggerFeatures.MaxStatic];
        for (var s = 0; s < sentences.Count; s++)
        {
            var words = sentences[s].Words;
            var memory = new ReadOnlyMemory<char>[words.Count];
            gold[s] = new int[words.Count];
            for (var i = 0; i < words.Count; i++)
            {
                memory[i] = words[i].Form.AsMemory();
                gold[s][i] = labels.IdOf(words[i].Xpos, words[i].Upos);
            }
            atoms[s] = new SentenceAtoms(memory, folds[s % Folds]);
            var list = new List<ulong>(words.Count * TaggerFeatures.MaxStatic);
            offsets[s] = new int[words.Count + 1];
            for (var i = 0; i < words.Count; i++)
            {
                offsets[s][i] = list.Count;
                var count = TaggerFeatures.Static(atoms[s], i, buffer);
                foreach (var f in buffer[..count]) list.Add(f);
            }
            offsets[s][words.Count] = list.Count;
            features[s] = [.. list];
            tokens += words.Count;
        }
        return new TaggerTrainingCorpus(atoms, gold, features, offsets, tokens, ambiguity, labels.Count);
    }

    private static (AmbiguityClasses Full, AmbiguityClasses[] ByFold) LearnAmbiguity(IReadOnlyList<ConlluSentence> sentences, TaggerLabels labels, double minShare)
    {
        var total = new Dictionary<ulong, int[]>();
        var byFold = new Dictionary<ulong, int[]>[Folds];
        for (var f = 0; f < Folds; f++) byFold[f] = [];
        var empty = AmbiguityClasses.Empty();
        for (var s = 0; s < sentences.Count; s++)
        {
            var words = sentences[s].Words;
            var memory = new ReadOnlyMemory<char>[words.Count];
            for (var i = 0; i < memory.Length; i++) memory[i] = words[i].Form.AsMemory();
            var atoms = new SentenceAtoms(memory, empty);
            for (var i = 0; i < memory.Length; i++)
            {
                var label = labels.IdOf(words[i].Xpos, words[i].Upos);
                Count(total, atoms.Lower[i], label, labels.Count);
                Count(byFold[s % Folds], atoms.Lower[i], label, labels.Count);
            }
        }
        var folds = new AmbiguityClasses[Folds];
        for (var f = 0; f < Folds; f++)
        {
            var others = new Dictionary<ulong, int[]>(total.Count);
            foreach (var (lower, counts) in total)
            {
                var rest = (int[])counts.Clone();
                if (byFold[f].TryGetValue(lower, out var mine))
                {
                    for (var c = 0; c < rest.Length; c++) rest[c] -= mine[c];
                }
                if (rest.Sum() > 0) others[lower] = rest;
            }
            folds[f] = AmbiguityClasses.Build(others, minShare);
        }
        return (AmbiguityClasses.Build(total, minShare), folds);
    }

    private static void Count(Dictionary<ulong, int[]> counts, ulong key, int label, int labelCount)
    {
        if (!counts.TryGetValue(key, out var perLabel)) counts[key] = perLabel = new int[labelCount];
        perLabel[label]++;
    }
}
