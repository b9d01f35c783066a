namespace Dateline.Nlp.Learning;

/// <summary>
/// A read-only open-addressing map from 64-bit feature hashes to row numbers, built once when a model
/// loads. Lookups allocate nothing; a missing feature gives -1.
/// </summary>
internal sealed class PerceptronFeatureIndex
{
    private readonly Slot[] _slots;
    private readonly int _mask;

    /// <summary>Builds the index; row <c>i</c> is the row of <c>keys[i]</c>. Keys must be distinct.</summary>
    public PerceptronFeatureIndex(ReadOnlySpan<ulong> keys)
    {
        var capacity = 16;
        while (capacity < keys.Length * 2) capacity <<= 1;
        _slots = new Slot[capacity];
        Array.Fill(_slots, new Slot(0, -1));
        _mask = capacity - 1;
        for (var row = 0; row < keys.Length; row++)
        {
            var slot = (int)keys[row] & _mask;
            while (_slots[slot].Row >= 0)
            {
                if (_slots[slot].Key == keys[row])
                {
                    throw new ArgumentException($"duplicate feature key {keys[row]:x16} at row {row}.", nameof(keys));
                }
                slot = (slot + 1) & _mask;
            }
            _slots[slot] = new Slot(keys[row], row);
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
            ref readonly var entry = ref _slots[slot];
            if (entry.Row < 0 || entry.Key == key) return entry.Row;
            slot = (slot + 1) & _mask;
        }
    }

    /// <summary>Key and row side by side, so a probe touches one cache line.</summary>
    private readonly record struct Slot(ulong Key, int Row);
}
