using System.Runtime.InteropServices;

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
    private readonly Entry[] _entries;
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
        _entries = new Entry[values.Length];
        for (var i = 0; i < values.Length; i++) _entries[i] = new Entry(values[i], classes[i]);
        _index = new PerceptronFeatureIndex(keys);
    }

    /// <summary>Number of classes scored.</summary>
    public int ClassCount { get; }

    /// <summary>Number of feature rows.</summary>
    public int FeatureCount => _keys.Length;

    /// <summary>The feature hash of each row.</summary>
    public ReadOnlySpan<ulong> Keys => _keys;

    /// <summary>Number of stored (non-zero) weights.</summary>
    public int WeightCount => _entries.Length;

    /// <summary>The row of a feature, or -1 when unknown.</summary>
    public int FindRow(ulong feature) => _index.Find(feature);

    /// <summary>Adds a known row's weights to <paramref name="scores"/>; a negative row adds nothing.</summary>
    public void AddRow(int row, Span<float> scores)
    {
        if (row < 0) return;
        var end = _rowStart[row + 1];
        for (var i = _rowStart[row]; i < end; i++)
        {
            var entry = _entries[i];
            scores[entry.Class] += entry.Value;
        }
    }

    /// <summary>Number of stored weights in row <paramref name="row"/>.</summary>
    public int RowLength(int row) => _rowStart[row + 1] - _rowStart[row];

    /// <summary>The class and weight of the <paramref name="i"/>-th stored weight of row <paramref name="row"/>.</summary>
    public (int Class, float Value) EntryOf(int row, int i)
    {
        var entry = _entries[_rowStart[row] + i];
        return (entry.Class, entry.Value);
    }

    /// <summary>A weight and its class side by side, so a row is read from one place.</summary>
    private readonly record struct Entry(float Value, int Class);

    /// <summary>Adds the weights of a feature, looked up by hash, to <paramref name="scores"/>.</summary>
    public void AddFeature(ulong feature, Span<float> scores) => AddRow(_index.Find(feature), scores);

    /// <summary>
    /// Writes the weights column by column (all keys, all row lengths, all classes, all weights as
    /// half-precision floats), which compresses better and reads back in bulk.
    /// </summary>
    public void Write(BinaryWriter writer)
    {
        writer.Write(ClassCount);
        writer.Write(_keys.Length);
        writer.Write(_entries.Length);
        writer.Write(MemoryMarshal.AsBytes(_keys.AsSpan()));
        var lengths = new byte[_keys.Length];
        for (var row = 0; row < lengths.Length; row++) lengths[row] = (byte)(_rowStart[row + 1] - _rowStart[row] - 1);
        writer.Write(lengths);
        var classes = new byte[_entries.Length];
        var halves = new Half[_entries.Length];
        for (var i = 0; i < halves.Length; i++)
        {
            classes[i] = (byte)_entries[i].Class;
            halves[i] = (Half)_entries[i].Value;
        }
        writer.Write(classes);
        writer.Write(MemoryMarshal.AsBytes(halves.AsSpan()));
    }

    /// <summary>Reads weights written by <see cref="Write"/>.</summary>
    /// <exception cref="InvalidDataException">The counts are out of range.</exception>
    public static PerceptronWeights Read(BinaryReader reader)
    {
        var classCount = reader.ReadInt32();
        var rows = reader.ReadInt32();
        var entries = reader.ReadInt32();
        if (classCount is < 1 or > 256 || rows < 0 || entries < rows || entries > rows * classCount)
        {
            throw new InvalidDataException($"E020: bad weight table header ({classCount} classes, {rows} rows, {entries} weights).");
        }
        var keys = new ulong[rows];
        ReadExactly(reader, MemoryMarshal.AsBytes(keys.AsSpan()));
        var lengths = new byte[rows];
        ReadExactly(reader, lengths);
        var classes = new byte[entries];
        ReadExactly(reader, classes);
        var halves = new Half[entries];
        ReadExactly(reader, MemoryMarshal.AsBytes(halves.AsSpan()));
        var rowStart = new int[rows + 1];
        for (var row = 0; row < rows; row++) rowStart[row + 1] = rowStart[row] + lengths[row] + 1;
        if (rowStart[rows] != entries) throw new InvalidDataException("E020: weight table row lengths do not add up.");
        var values = new float[entries];
        for (var i = 0; i < entries; i++) values[i] = (float)halves[i];
        return new PerceptronWeights(classCount, keys, rowStart, classes, values);
    }

    private static void ReadExactly(BinaryReader reader, Span<byte> destination)
    {
        while (!destination.IsEmpty)
        {
            var read = reader.Read(destination);
            if (read == 0) throw new EndOfStreamException();
            destination = destination[read..];
        }
    }
}
