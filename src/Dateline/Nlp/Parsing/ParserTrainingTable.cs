namespace Dateline.Nlp.Parsing;

/// <summary>
/// Averaged-perceptron weights during training: a flat table of 2^bits hashed rows, each holding one
/// weight per class, plus the running sums used to average (w - u / t, after Daumé's trick).
/// </summary>
internal sealed class ParserTrainingTable : IParserScorer
{
    private readonly int _bits;
    private readonly float[] _weights;
    private readonly double[] _stamped;

    /// <summary>Creates an all-zero table.</summary>
    public ParserTrainingTable(int bits, int classes)
    {
        _bits = bits;
        Classes = classes;
        _weights = new float[(1L << bits) * classes];
        _stamped = new double[_weights.Length];
    }

    /// <inheritdoc />
    public int Classes { get; }

    /// <inheritdoc />
    public void Score(ReadOnlySpan<ulong> features, Span<float> scores)
    {
        foreach (var f in features)
        {
            var row = ParserRowMath.Bucket(f, _bits) * Classes;
            ParserRowMath.Add(scores, _weights.AsSpan(row, Classes));
        }
    }

    /// <summary>Adds <paramref name="delta"/> to the weight of class <paramref name="cls"/> of every feature, at step <paramref name="time"/>.</summary>
    public void Update(ReadOnlySpan<ulong> features, int cls, float delta, long time)
    {
        foreach (var f in features)
        {
            var at = ParserRowMath.Bucket(f, _bits) * Classes + cls;
            _weights[at] += delta;
            _stamped[at] += time * (double)delta;
        }
    }

    /// <summary>
    /// The averaged weights at step <paramref name="time"/> as a compact table, dropping weights whose
    /// magnitude is below <paramref name="pruneBelow"/> and rows left empty. Weights are rounded to half
    /// precision here, as the model file stores them, so a saved and reloaded model parses identically.
    /// </summary>
    public ParserWeightTable Average(long time, float pruneBelow)
    {
        var buckets = new List<int>();
        var values = new List<float>();
        var row = new float[Classes];
        var t = Math.Max(1, time);
        for (var b = 0; b < 1 << _bits; b++)
        {
            var any = false;
            for (var c = 0; c < Classes; c++)
            {
                var at = (long)b * Classes + c;
                var avg = (float)(_weights[at] - _stamped[at] / t);
                row[c] = Math.Abs(avg) < pruneBelow ? 0f : (float)(Half)avg;
                any |= row[c] != 0f;
            }
            if (!any) continue;
            buckets.Add(b);
            values.AddRange(row);
        }
        return ParserWeightTable.FromRows(_bits, Classes, [.. buckets], [.. values]);
    }
}
