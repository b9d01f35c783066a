namespace Dateline.Nlp.Learning;

/// <summary>
/// A read-only open-addressing map from 64-bit feature hashes to row numbers, built once when a model
/// loads. Lookups allocate nothing; a missing feature gives -1.
/// </summary>
internal sealed class PerceptronFeatureIndex
{
    private readonly ulong[] _keys;
    private readonly int[] _rows;
    private readonly int _mask;

    /// <summary>Builds the index; row <c>i</c> is the row of <c>keys[i]</c>. Keys must be distinct.</summary>
    public PerceptronFeatureIndex(ReadOnlySpan<ulong> keys)
    {
        var capacity = 16;
        while (capacity < keys.Length * 2) capacity <<= 1;
        _keys = new ulong[capacity];
        _rows = new int[capacity];
        Array.Fill(_rows, -1);
        _mask = capacity - 1;
        for (var row = 0; row < keys.Length; row++)
        {
            var slot = (int)keys[row] & _mask;
            while (_rows[slot] >= 0)
            {
                if (_keys[slot] == keys[row])
                {
                    throw new ArgumentException($"duplicate feature key {keys[row]:x16} at row {row}.", nameof(keys));
                }
                slot = (slot + 1) & _mask;
            }
            _keys[slot] = keys[row];
            _rows[slot] = row;
        }
        Count = keys.Length;
    }

    /// <summary>Number of features.</summary>
    public int Count { get; }

    /// <summary>The row of a feature, or -1 when the model does not know it.</summary>
    public int Find(ulong key)
    {
        var slot = (int)key & _mask;
        while (true)
        {
            var row = _rows[slot];
            if (row < 0 || _keys[slot] == key) return row;
            slot = (slot + 1) & _mask;
        }
    }
}
