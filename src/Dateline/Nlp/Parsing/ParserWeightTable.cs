namespace Dateline.Nlp.Parsing;

/// <summary>
/// Trained weights for prediction: only the rows that carry weight are stored, found through a flat
/// index from hashed bucket to row. Immutable and safe to share between threads.
/// </summary>
internal sealed class ParserWeightTable : IParserScorer
{
    private readonly int[] _index;
    private readonly float[] _values;

    /// <summary>Creates a table from sorted bucket numbers and their rows (<paramref name="classes"/> values each).</summary>
    public ParserWeightTable(int bits, int classes, int[] buckets, float[] values)
    {
        if (values.Length != buckets.Length * classes)
        {
            throw new ArgumentException("E301: weight rows do not match the bucket count.", nameof(values));
        }
        Bits = bits;
        Classes = classes;
        Buckets = buckets;
        _values = values;
        _index = new int[1 << bits];
        Array.Fill(_index, -1);
        for (var r = 0; r < buckets.Length; r++)
        {
            _index[buckets[r]] = r * classes;
        }
    }

    /// <summary>Number of index bits (the table has 2^bits buckets).</summary>
    public int Bits { get; }

    /// <inheritdoc />
    public int Classes { get; }

    /// <summary>The buckets that hold a row, ascending.</summary>
    public IReadOnlyList<int> Buckets { get; }

    /// <summary>All row values, row after row.</summary>
    public ReadOnlySpan<float> Values => _values;

    /// <inheritdoc />
    public void Score(ReadOnlySpan<ulong> features, Span<float> scores)
    {
        foreach (var f in features)
        {
            var row = _index[ParserRowMath.Bucket(f, Bits)];
            if (row >= 0)
            {
                ParserRowMath.Add(scores, _values.AsSpan(row, Classes));
            }
        }
    }
}
