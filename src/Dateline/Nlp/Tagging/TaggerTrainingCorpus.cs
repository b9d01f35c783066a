using Dateline.Corpora;

namespace Dateline.Nlp.Tagging;

/// <summary>Training sentences turned into atoms, gold label ids and precomputed static feature hashes.</summary>
internal sealed class TaggerTrainingCorpus
{
    private readonly ulong[][] _features;
    private readonly int[][] _offsets;

    private TaggerTrainingCorpus(SentenceAtoms[] atoms, int[][] gold, ulong[][] features, int[][] offsets, int tokens)
    {
        Atoms = atoms;
        Gold = gold;
        _features = features;
        _offsets = offsets;
        TokenCount = tokens;
    }

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
    public static TaggerTrainingCorpus Build(IReadOnlyList<ConlluSentence> sentences, TaggerLabels labels)
    {
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
            atoms[s] = new SentenceAtoms(memory);
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
        return new TaggerTrainingCorpus(atoms, gold, features, offsets, tokens);
    }
}
