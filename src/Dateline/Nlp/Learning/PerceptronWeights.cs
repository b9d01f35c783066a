namespace Dateline.Nlp.Learning;

/// <summary>
/// The trained, read-only weights of a linear multi-class model, stored sparsely: each feature row
/// keeps only the classes with a non-zero weight (compressed sparse rows). Scoring scatters those
/// weights into a score vector, which is cheaper than adding dense rows when most weights are zero.
/// </summary>
internal sealed class PerceptronWeights
{
    private readonly ulong[] _keys;
    private readonly int[] _rowStart;
    private readonly byte[] _classes;
    private readonly float[] _values;
    private readonly PerceptronFeatureIndex _index;

    /// <summary>Wraps the arrays; row <c>r</c> holds entries <c>rowStart[r]</c> to <c>rowStart[r + 1]</c>.</summary>
    public PerceptronWeights(int classCount, ulong[] keys, int[] rowStart, byte[] classes, float[] values)
    {
        if (classCount is < 1 or > 256) throw new ArgumentOutOfRangeException(nameof(classCount), "between 1 and 256 classes.");
        if (rowStart.Length != keys.Length + 1 || classes.Length != values.Length || rowStart[^1] != values.Length)
        {
            throw new ArgumentException("inconsistent sparse weight arrays.");
        }
        ClassCount = classCount;
        _keys = keys;
        _rowStart = rowStart;
        _classes = classes;
        _values = values;
        _index = new PerceptronFeatureIndex(keys);
    }

    /// <summary>Number of classes scored.</summary>
    public int ClassCount { get; }

    /// <summary>Number of feature rows.</summary>
    public int FeatureCount => _keys.Length;

    /// <summary>Number of stored (non-zero) weights.</summary>
    public int WeightCount => _values.Length;

    /// <summary>The row of a feature, or -1 when unknown.</summary>
    public int FindRow(ulong feature) => _index.Find(feature);

    /// <summary>Adds a known row's weights to <paramref name="scores"/>; a negative row adds nothing.</summary>
    public void AddRow(int row, Span<float> scores)
    {
        if (row < 0) return;
        var end = _rowStart[row + 1];
        for (var i = _rowStart[row]; i < end; i++)
        {
            scores[_classes[i]] += _values[i];
        }
    }

    /// <summary>Adds the weights of a feature, looked up by hash, to <paramref name="scores"/>.</summary>
    public void AddFeature(ulong feature, Span<float> scores) => AddRow(_index.Find(feature), scores);

    /// <summary>Writes the weights (weights as half-precision floats).</summary>
    public void Write(BinaryWriter writer)
    {
        writer.Write(ClassCount);
        writer.Write(_keys.Length);
        for (var row = 0; row < _keys.Length; row++)
        {
            writer.Write(_keys[row]);
            var start = _rowStart[row];
            var count = _rowStart[row + 1] - start;
            writer.Write((byte)(count - 1));
            for (var i = start; i < start + count; i++) writer.Write(_classes[i]);
            for (var i = start; i < start + count; i++) writer.Write((Half)_values[i]);
        }
    }

    /// <summary>Reads weights written by <see cref="Write"/>.</summary>
    /// <exception cref="InvalidDataException">The counts are out of range.</exception>
    public static PerceptronWeights Read(BinaryReader reader)
    {
        var classCount = reader.ReadInt32();
        var rows = reader.ReadInt32();
        if (classCount is < 1 or > 256 || rows < 0) throw new InvalidDataException($"E020: bad weight table header ({classCount} classes, {rows} rows).");
        var keys = new ulong[rows];
        var rowStart = new int[rows + 1];
        var classes = new List<byte>(rows * 4);
        var values = new List<float>(rows * 4);
        for (var row = 0; row < rows; row++)
        {
            keys[row] = reader.ReadUInt64();
            var count = reader.ReadByte() + 1;
            rowStart[row] = values.Count;
            for (var i = 0; i < count; i++) classes.Add(reader.ReadByte());
            for (var i = 0; i < count; i++) values.Add((float)reader.ReadHalf());
        }
        rowStart[rows] = values.Count;
        return new PerceptronWeights(classCount, keys, rowStart, [.. classes], [.. values]);
    }
}
