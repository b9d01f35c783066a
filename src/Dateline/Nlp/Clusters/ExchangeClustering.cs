namespace Dateline.Nlp.Clusters;

/// <summary>
/// Word classes by the exchange algorithm (Kneser and Ney 1993; Martin, Liermann and Ney 1998): every word of
/// the vocabulary starts in a class (round robin by frequency), then each word in turn moves to the class that
/// most raises the likelihood of a class bigram model of the text, until no pass moves enough words. The
/// objective is <c>sum over class pairs of N(c,d) ln N(c,d) - 2 sum over classes of N(c) ln N(c)</c>.
/// Deterministic: the word order, the initial classes and the tie-breaking (lowest class) are fixed.
/// </summary>
internal sealed class ExchangeClustering
{
    private readonly BigramTable _bigrams;
    private readonly int _classes;
    private readonly int[] _classOf;
    private readonly long[] _pairCounts;
    private readonly long[] _classCounts;
    private readonly double[] _xLogX;
    private readonly long[] _left;
    private readonly long[] _right;
    private readonly List<int> _touchedLeft = [];
    private readonly List<int> _touchedRight = [];

    /// <summary>Sets up <paramref name="classes"/> classes over the words of <paramref name="bigrams"/>.</summary>
    public ExchangeClustering(BigramTable bigrams, int classes)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(classes, 2);
        _bigrams = bigrams;
        _classes = classes;
        _classOf = new int[bigrams.WordCount];
        _pairCounts = new long[classes * classes];
        _classCounts = new long[classes];
        _left = new long[classes];
        _right = new long[classes];
        _xLogX = new double[bigrams.TotalTokens + 2];
        for (var x = 2; x < _xLogX.Length; x++) _xLogX[x] = x * Math.Log(x);
        for (var w = 0; w < _classOf.Length; w++) _classOf[w] = w % classes;
        for (var w = 0; w < _classOf.Length; w++)
        {
            _classCounts[_classOf[w]] += bigrams.Count(w);
            foreach (var (next, count) in bigrams.Successors(w)) _pairCounts[_classOf[w] * classes + _classOf[next]] += count;
        }
    }

    /// <summary>The class of each word id.</summary>
    public IReadOnlyList<int> Classes => _classOf;

    /// <summary>Runs passes until fewer than <paramref name="minMoveShare"/> of the words move or <paramref name="maxPasses"/> is reached; returns the passes run.</summary>
    public int Run(int maxPasses, double minMoveShare, Action<int, int>? afterPass = null)
    {
        for (var pass = 1; pass <= maxPasses; pass++)
        {
            var moved = 0;
            for (var w = 0; w < _classOf.Length; w++)
            {
                if (MoveBest(w)) moved++;
            }
            afterPass?.Invoke(pass, moved);
            if (moved < minMoveShare * _classOf.Length) return pass;
        }
        return maxPasses;
    }

    private bool MoveBest(int w)
    {
        var self = CollectContexts(w);
        var from = _classOf[w];
        Shift(w, from, self, -1);
        var best = from;
        var bestGain = Gain(w, from, self);
        for (var c = 0; c < _classes; c++)
        {
            if (c == from) continue;
            var gain = Gain(w, c, self);
            if (gain > bestGain + 1e-9)
            {
                bestGain = gain;
                best = c;
            }
        }
        Shift(w, best, self, +1);
        _classOf[w] = best;
        foreach (var c in _touchedLeft) _left[c] = 0;
        foreach (var c in _touchedRight) _right[c] = 0;
        return best != from;
    }

    /// <summary>Sums w's left and right neighbours by class (w itself left out); returns the count of the pair (w, w).</summary>
    private long CollectContexts(int w)
    {
        _touchedLeft.Clear();
        _touchedRight.Clear();
        long self = 0;
        foreach (var (previous, count) in _bigrams.Predecessors(w))
        {
            if (previous == w) { self = count; continue; }
            var c = _classOf[previous];
            if (_left[c] == 0) _touchedLeft.Add(c);
            _left[c] += count;
        }
        foreach (var (next, count) in _bigrams.Successors(w))
        {
            if (next == w) continue;
            var c = _classOf[next];
            if (_right[c] == 0) _touchedRight.Add(c);
            _right[c] += count;
        }
        return self;
    }

    /// <summary>Adds (sign +1) or removes (sign -1) word w's counts to or from class k.</summary>
    private void Shift(int w, int k, long self, int sign)
    {
        foreach (var c in _touchedLeft) _pairCounts[c * _classes + k] += sign * _left[c];
        foreach (var c in _touchedRight) _pairCounts[k * _classes + c] += sign * _right[c];
        _pairCounts[k * _classes + k] += sign * self;
        _classCounts[k] += sign * _bigrams.Count(w);
    }

    /// <summary>Change of the objective if w (currently in no class) joins class k.</summary>
    private double Gain(int w, int k, long self)
    {
        var gain = 0.0;
        var row = k * _classes;
        foreach (var c in _touchedLeft)
        {
            if (c == k) continue;
            var n = _pairCounts[c * _classes + k];
            gain += F(n + _left[c]) - F(n);
        }
        foreach (var c in _touchedRight)
        {
            if (c == k) continue;
            var n = _pairCounts[row + c];
            gain += F(n + _right[c]) - F(n);
        }
        var diagonal = _pairCounts[row + k];
        gain += F(diagonal + _left[k] + _right[k] + self) - F(diagonal);
        var total = _classCounts[k];
        gain -= 2 * (F(total + _bigrams.Count(w)) - F(total));
        return gain;
    }

    private double F(long x) => _xLogX[x];
}
