namespace Dateline.Nlp.Entities;

/// <summary>
/// Reusable working arrays for one sentence at a time: the feature keys of every token and the per-token
/// facts they are built from. One buffer per thread; grown on demand, never shrunk.
/// </summary>
internal sealed class FeatureBuffer
{
    /// <summary>Most features one token can have.</summary>
    public const int MaxPerToken = 72;

    /// <summary>Feature keys, <see cref="MaxPerToken"/> slots per token.</summary>
    public ulong[] Keys { get; private set; } = new ulong[MaxPerToken * 64];

    /// <summary>Number of keys used by each token.</summary>
    public int[] Counts { get; private set; } = new int[64];

    /// <summary>Hash of each word as written.</summary>
    public ulong[] Exact { get; private set; } = new ulong[64];

    /// <summary>Hash of each word lower-cased.</summary>
    public ulong[] Lower { get; private set; } = new ulong[64];

    /// <summary>Hash of each word's shape with runs cut at four.</summary>
    public ulong[] Shape { get; private set; } = new ulong[64];

    /// <summary>Hash of each word's shape with runs collapsed.</summary>
    public ulong[] ShortShape { get; private set; } = new ulong[64];

    /// <summary>Proper-noun code of each word (<see cref="WordLexicon.ProperNounCode"/>).</summary>
    public int[] ProperNoun { get; private set; } = new int[64];

    /// <summary>Lower-case use code of each word (<see cref="WordLexicon.LowercaseCode"/>).</summary>
    public int[] LowerUse { get; private set; } = new int[64];

    /// <summary>Capitalization class of each word.</summary>
    public int[] Capitalization { get; private set; } = new int[64];

    /// <summary>Per token: the word's clusters packed as by <see cref="Clusters.WordClusters.Lookup"/> (-1 when unknown).</summary>
    public int[] Cluster { get; private set; } = new int[64];

    /// <summary>Gazetteer matches as written (see <see cref="Gazetteer.Match"/>).</summary>
    public ulong[] GazetteerExact { get; private set; } = new ulong[64];

    /// <summary>Gazetteer matches without case only.</summary>
    public ulong[] GazetteerFolded { get; private set; } = new ulong[64];

    /// <summary>Label scores, <see cref="BilouScheme.LabelCount"/> per token.</summary>
    public float[] Scores { get; private set; } = new float[BilouScheme.LabelCount * 64];

    /// <summary>Best previous label for each token and label (Viterbi back-pointers).</summary>
    public int[] Backpointers { get; private set; } = new int[BilouScheme.LabelCount * 64];

    /// <summary>The decoded label of each token.</summary>
    public int[] Labels { get; private set; } = new int[64];

    /// <summary>Makes room for a sentence of <paramref name="length"/> tokens.</summary>
    public void EnsureCapacity(int length)
    {
        if (length <= Counts.Length) return;
        var size = Math.Max(length, Counts.Length * 2);
        Keys = new ulong[MaxPerToken * size];
        Counts = new int[size];
        Exact = new ulong[size];
        Lower = new ulong[size];
        Shape = new ulong[size];
        ShortShape = new ulong[size];
        Capitalization = new int[size];
        Cluster = new int[size];
        ProperNoun = new int[size];
        LowerUse = new int[size];
        GazetteerExact = new ulong[size];
        GazetteerFolded = new ulong[size];
        Scores = new float[BilouScheme.LabelCount * size];
        Backpointers = new int[BilouScheme.LabelCount * size];
        Labels = new int[size];
    }
}
