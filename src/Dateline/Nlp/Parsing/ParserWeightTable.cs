namespace Dateline.Nlp.Parsing;

/// <summary>
/// Trained weights for prediction, in one of two layouts chosen by the number of classes. Tables of few
/// classes (the move model) are one dense array indexed by bucket, so each feature costs one memory
/// access. Tables of many classes (the label model, where a row holds a handful of non-zero weights)
/// keep only the non-zero weights as packed (class, weight) pairs in bucket order, behind one array of
/// where each bucket's pairs start. Immutable and thread-safe.
/// </summary>
internal sealed class ParserWeightTable : IParserScorer
{
    private const int DenseClassLimit = 4;

    private readonly int[] _buckets;
    private readonly float[] _dense = [];
    private readonly int[] _start = [];
    private readonly ParserWeightEntry[] _entries = [];

    private ParserWeightTable(int bits, int classes, int[] buckets, int[] rowStart, ushort[] entryClass, float[] entryWeight)
    {
        Bits = bits;
        Classes = classes;
        _buckets = buckets;
        if (classes <= DenseClassLimit)
        {
            _dense = new float[(1 << bits) * classes];
            for (var r = 0; r < buckets.Length; r++)
            {
                for (var k = rowStart[r]; k < rowStart[r + 1]; k++)
                {
                    _dense[buckets[r] * classes + entryClass[k]] = entryWeight[k];
                }
            }
            return;
        }
        _entries = new ParserWeightEntry[entryClass.Length];
        for (var k = 0; k < _entries.Length; k++)
        {
            _entries[k] = new ParserWeightEntry(entryClass[k], entryWeight[k]);
        }
        _start = BucketStarts(bits, buckets, rowStart);
    }

    /// <summary>Number of index bits (the table has 2^bits buckets).</summary>
    public int Bits { get; }

    /// <inheritdoc />
    public int Classes { get; }

    /// <summary>The buckets that hold a row, ascending.</summary>
    public IReadOnlyList<int> Buckets => _buckets;

    /// <summary>Builds a table from sorted buckets and their dense rows (<paramref name="classes"/> values each).</summary>
    /// <exception cref="ArgumentException">The sizes do not match.</exception>
    public static ParserWeightTable FromRows(int bits, int classes, int[] buckets, float[] values)
    {
        if (values.Length != (long)buckets.Length * classes)
        {
            throw new ArgumentException("E301: weight rows do not match the bucket count.", nameof(values));
        }
        var rowStart = new int[buckets.Length + 1];
        var entryClass = new List<ushort>();
        var entryWeight = new List<float>();
        for (var r = 0; r < buckets.Length; r++)
        {
            for (var c = 0; c < classes; c++)
            {
                var v = values[(long)r * classes + c];
                if (v == 0f) continue;
                entryClass.Add((ushort)c);
                entryWeight.Add(v);
            }
            rowStart[r + 1] = entryClass.Count;
        }
        return new ParserWeightTable(bits, classes, buckets, rowStart, [.. entryClass], [.. entryWeight]);
    }

    /// <summary>Builds a table from sorted buckets and, per row, its non-zero weights (<paramref name="rowStart"/> has one entry more than there are rows).</summary>
    /// <exception cref="ArgumentException">The sizes or class numbers are inconsistent.</exception>
    public static ParserWeightTable FromEntries(int bits, int classes, int[] buckets, int[] rowStart, ushort[] entryClass, float[] entryWeight)
    {
        if (rowStart.Length != buckets.Length + 1 || entryClass.Length != entryWeight.Length || rowStart[^1] != entryClass.Length)
        {
            throw new ArgumentException("E301: weight entries do not match the rows.", nameof(rowStart));
        }
        foreach (var c in entryClass)
        {
            if (c >= classes) throw new ArgumentException("E301: a weight names a class out of range.", nameof(entryClass));
        }
        return new ParserWeightTable(bits, classes, buckets, rowStart, entryClass, entryWeight);
    }

    /// <summary>Writes row <paramref name="row"/> (not bucket) densely into <paramref name="destination"/>.</summary>
    public void CopyRow(int row, Span<float> destination)
    {
        var bucket = _buckets[row];
        if (_dense.Length > 0)
        {
            _dense.AsSpan(bucket * Classes, Classes).CopyTo(destination);
            return;
        }
        destination[..Classes].Clear();
        for (var k = _start[bucket]; k < _start[bucket + 1]; k++)
        {
            destination[_entries[k].Class] = _entries[k].Weight;
        }
    }

    /// <inheritdoc />
    public void Score(ReadOnlySpan<ulong> features, Span<float> scores)
    {
        if (_dense.Length > 0)
        {
            ParserDenseScoring.Score(_dense, Classes, Bits, features, scores);
            return;
        }
        ScoreSparse(features, scores);
    }

    /// <summary>
    /// Sparse scoring in two passes. The first finds each feature's entries and touches the first of
    /// them, with no data-dependent branch, so the processor fetches all rows from memory at once; the
    /// second adds the rows, in feature order, from the cache.
    /// </summary>
    private void ScoreSparse(ReadOnlySpan<ulong> features, Span<float> scores)
    {
        var start = _start;
        var entries = _entries;
        Span<int> from = stackalloc int[features.Length + 1];
        var last = Math.Max(0, entries.Length - 1);
        var touched = 0;
        for (var i = 0; i < features.Length; i++)
        {
            var first = start[ParserRowMath.Bucket(features[i], Bits)];
            from[i] = first;
            touched |= entries.Length > 0 ? entries[Math.Min(first, last)].Class : 0;
        }
        if (touched < 0) throw new InvalidOperationException("E308: corrupt label weights.");
        for (var i = 0; i < features.Length; i++)
        {
            var bucket = ParserRowMath.Bucket(features[i], Bits);
            var end = start[bucket + 1];
            for (var k = from[i]; k < end; k++)
            {
                var entry = entries[k];
                scores[entry.Class] += entry.Weight;
            }
        }
    }

    /// <summary>
    /// For each bucket, where its entries begin (rows are stored in ascending bucket order, so bucket
    /// <c>b</c>'s entries run up to the start of <c>b + 1</c>; a bucket without a row has none).
    /// </summary>
    private static int[] BucketStarts(int bits, int[] buckets, int[] rowStart)
    {
        var start = new int[(1 << bits) + 1];
        var row = 0;
        for (var b = 0; b < start.Length; b++)
        {
            while (row < buckets.Length && buckets[row] < b) row++;
            start[b] = row < buckets.Length ? rowStart[row] : rowStart[^1];
        }
        return start;
    }
}
