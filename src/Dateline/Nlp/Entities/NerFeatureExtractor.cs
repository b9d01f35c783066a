using Dateline.Nlp.Clusters;

namespace Dateline.Nlp.Entities;

/// <summary>
/// Turns each token of a sentence into hashed feature keys: the word, its lower case, shape, prefixes and
/// suffixes, capitalization and position, the words and shapes around it (±2), and gazetteer membership.
/// Keys are 64-bit hashes of a template number and the values, so nothing allocates per token.
/// </summary>
internal sealed class NerFeatureExtractor
{
    private const int SentenceNormal = 0, SentenceLower = 1, SentenceHeadline = 2;
    private static readonly ulong Boundary = FeatureHash.Of("<s>");

    private readonly Gazetteer _gazetteer;
    private readonly WordLexicon _lexicon;
    private readonly WordClusters _clusters;

    /// <summary>
    /// Creates an extractor matching names against <paramref name="gazetteer"/> and word statistics in <paramref name="lexicon"/>;
    /// with <paramref name="clusters"/>, the word classes of each token and its neighbours are features too.
    /// </summary>
    public NerFeatureExtractor(Gazetteer gazetteer, WordLexicon lexicon, WordClusters? clusters = null)
    {
        _gazetteer = gazetteer;
        _lexicon = lexicon;
        _clusters = clusters ?? WordClusters.Empty;
    }

    /// <summary>The word classes the features consult (empty when none).</summary>
    public WordClusters Clusters => _clusters;

    /// <summary>The gazetteer the features consult.</summary>
    public Gazetteer Gazetteer => _gazetteer;

    /// <summary>Fills <paramref name="buffer"/> with the keys of every token of <paramref name="sentence"/>.</summary>
    public void Extract(in SentenceText sentence, FeatureBuffer buffer)
    {
        var n = sentence.Count;
        buffer.EnsureCapacity(n);
        for (var i = 0; i < n; i++)
        {
            var word = sentence.Word(i);
            buffer.Exact[i] = FeatureHash.Of(word);
            buffer.Lower[i] = FeatureHash.OfLower(word);
            buffer.Shape[i] = WordClass.ShapeHash(word, 4);
            buffer.ShortShape[i] = WordClass.ShapeHash(word, 1);
            buffer.Capitalization[i] = WordClass.Capitalization(word);
            buffer.ProperNoun[i] = _lexicon.ProperNounCode(buffer.Exact[i]);
            buffer.LowerUse[i] = _lexicon.LowercaseCode(buffer.Lower[i]);
            buffer.Cluster[i] = _clusters.Lookup(buffer.Exact[i]);
        }
        _gazetteer.Match(buffer.Exact.AsSpan(0, n), buffer.Lower.AsSpan(0, n),
            buffer.GazetteerExact.AsSpan(0, n), buffer.GazetteerFolded.AsSpan(0, n));
        var sentenceCase = SentenceCase(buffer.Capitalization.AsSpan(0, n));
        for (var i = 0; i < n; i++)
        {
            buffer.Counts[i] = TokenFeatures(sentence, buffer, i, sentenceCase);
            if (_clusters.Count > 0) buffer.Counts[i] = ClusterFeatures(buffer, i, n, buffer.Counts[i]);
        }
    }

    private static int TokenFeatures(in SentenceText sentence, FeatureBuffer b, int i, int sentenceCase)
    {
        var keys = b.Keys.AsSpan(i * FeatureBuffer.MaxPerToken, FeatureBuffer.MaxPerToken);
        var k = 0;
        var n = sentence.Count;
        var word = sentence.Word(i);
        var cap = b.Capitalization[i];
        var position = i == 0 ? 1 : i == n - 1 ? 2 : 0;
        keys[k++] = FeatureHash.Mix(1, 0);
        keys[k++] = FeatureHash.Mix(2, b.Lower[i]);
        keys[k++] = FeatureHash.Mix(3, b.Exact[i]);
        keys[k++] = FeatureHash.Mix(4, b.Shape[i]);
        keys[k++] = FeatureHash.Mix(5, b.ShortShape[i]);
        for (var length = 1; length <= 4; length++)
        {
            if (word.Length <= length) break;
            if (length <= 3) keys[k++] = FeatureHash.Mix(10 + length, FeatureHash.OfLower(word[..length]));
            keys[k++] = FeatureHash.Mix(20 + length, FeatureHash.OfLower(word[^length..]));
        }
        keys[k++] = FeatureHash.Mix(6, (ulong)(cap * 3 + position));
        keys[k++] = FeatureHash.Mix(7, (ulong)(cap * 3 + sentenceCase));
        keys[k++] = FeatureHash.Mix(8, (ulong)WordClass.LengthBucket(word.Length));
        keys[k++] = FeatureHash.Mix(9, (ulong)HasInnerMark(word));
        var prev = Lower(b, i - 1, n);
        var next = Lower(b, i + 1, n);
        keys[k++] = FeatureHash.Mix(30, prev);
        keys[k++] = FeatureHash.Mix(31, next);
        keys[k++] = FeatureHash.Mix(32, Lower(b, i - 2, n));
        keys[k++] = FeatureHash.Mix(33, Lower(b, i + 2, n));
        keys[k++] = FeatureHash.Mix(34, prev, b.Lower[i]);
        keys[k++] = FeatureHash.Mix(35, b.Lower[i], next);
        keys[k++] = FeatureHash.Mix(36, ShortShape(b, i - 1, n));
        keys[k++] = FeatureHash.Mix(37, ShortShape(b, i + 1, n));
        keys[k++] = FeatureHash.Mix(38, b.ShortShape[i], prev);
        keys[k++] = FeatureHash.Mix(39, b.ShortShape[i], next);
        keys[k++] = FeatureHash.Mix(40, ShortShape(b, i - 1, n), FeatureHash.Mix(0, b.ShortShape[i], ShortShape(b, i + 1, n)));
        keys[k++] = FeatureHash.Mix(41, prev, Lower(b, i - 2, n));
        keys[k++] = FeatureHash.Mix(42, next, Lower(b, i + 2, n));
        keys[k++] = FeatureHash.Mix(60, (ulong)b.ProperNoun[i]);
        keys[k++] = FeatureHash.Mix(61, (ulong)(cap * 4 + b.LowerUse[i]));
        keys[k++] = FeatureHash.Mix(62, (ulong)(i > 0 ? b.ProperNoun[i - 1] : 99));
        keys[k++] = FeatureHash.Mix(63, (ulong)(i + 1 < n ? b.ProperNoun[i + 1] : 99));
        keys[k++] = FeatureHash.Mix(64, (ulong)(((b.ProperNoun[i] * 4 + b.LowerUse[i]) * 5 + cap) * 3 + position));
        k = GazetteerFeatures(b, i, n, keys, k);
        return k;
    }

    /// <summary>Coarse and fine classes of the word, coarse and fine of its neighbours, and the coarse pair with the previous word.</summary>
    private static int ClusterFeatures(FeatureBuffer b, int i, int n, int k)
    {
        var keys = b.Keys.AsSpan(i * FeatureBuffer.MaxPerToken, FeatureBuffer.MaxPerToken);
        if (k + 7 > keys.Length) return k;
        var here = b.Cluster[i];
        var previous = i > 0 ? b.Cluster[i - 1] : -2;
        var next = i + 1 < n ? b.Cluster[i + 1] : -2;
        keys[k++] = FeatureHash.Mix(70, (ulong)Coarse(here));
        keys[k++] = FeatureHash.Mix(71, (ulong)Fine(here));
        keys[k++] = FeatureHash.Mix(72, (ulong)Coarse(previous));
        keys[k++] = FeatureHash.Mix(73, (ulong)Coarse(next));
        keys[k++] = FeatureHash.Mix(74, (ulong)Fine(previous));
        keys[k++] = FeatureHash.Mix(75, (ulong)Fine(next));
        keys[k++] = FeatureHash.Mix(76, (ulong)Coarse(previous), (ulong)Coarse(here));
        return k;
    }

    private static int Coarse(int packed) => packed < 0 ? packed & 0xFFFF : packed >> 16;

    private static int Fine(int packed) => packed < 0 ? packed & 0xFFFF : packed & 0xFFFF;

    private static int GazetteerFeatures(FeatureBuffer b, int i, int n, Span<ulong> keys, int k)
    {
        k = Bits(keys, k, 50, b.GazetteerExact[i]);
        k = Bits(keys, k, 51, b.GazetteerFolded[i]);
        if (i > 0) k = Lists(keys, k, 52, b.GazetteerExact[i - 1]);
        if (i + 1 < n) k = Lists(keys, k, 53, b.GazetteerExact[i + 1]);
        if (i > 1) k = Lists(keys, k, 54, b.GazetteerExact[i - 2]);
        return k;
    }

    private static int Bits(Span<ulong> keys, int k, int template, ulong bits)
    {
        for (var bit = 0; bits != 0 && k < keys.Length; bit++, bits >>= 1)
        {
            if ((bits & 1) != 0) keys[k++] = FeatureHash.Mix(template, (ulong)bit);
        }
        return k;
    }

    private static int Lists(Span<ulong> keys, int k, int template, ulong bits)
    {
        for (var list = 0; bits != 0 && k < keys.Length; list++, bits >>= 4)
        {
            if ((bits & 0xF) != 0) keys[k++] = FeatureHash.Mix(template, (ulong)list);
        }
        return k;
    }

    private static ulong Lower(FeatureBuffer b, int i, int n) => i < 0 || i >= n ? Boundary : b.Lower[i];

    private static ulong ShortShape(FeatureBuffer b, int i, int n) => i < 0 || i >= n ? Boundary : b.ShortShape[i];

    private static int HasInnerMark(ReadOnlySpan<char> word)
    {
        var flags = 0;
        foreach (var c in word)
        {
            if (c == '-') flags |= 1;
            else if (c == '.') flags |= 2;
            else if (char.IsDigit(c)) flags |= 4;
            else if (c == '&' || c == '\'') flags |= 8;
        }
        return flags;
    }

    private static int SentenceCase(ReadOnlySpan<int> capitalization)
    {
        int words = 0, lower = 0, upper = 0;
        foreach (var cap in capitalization)
        {
            if (cap == WordClass.NoLetters) continue;
            words++;
            if (cap == WordClass.Lower) lower++;
            else upper++;
        }
        if (words > 0 && lower == words) return SentenceLower;
        return words >= 4 && upper * 10 >= words * 7 ? SentenceHeadline : SentenceNormal;
    }
}
