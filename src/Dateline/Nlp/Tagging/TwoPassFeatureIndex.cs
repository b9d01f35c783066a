using System.Runtime.CompilerServices;
using Dateline.Nlp.Learning;

namespace Dateline.Nlp.Tagging;

/// <summary>
/// The weights of both passes rearranged for prediction: one open-addressing table of 16-byte slots
/// (a feature hash, where its weights start, and how many each pass has), and one list of weights in
/// which a feature's first-pass weights are followed by its second-pass weights. A lookup touches one
/// slot and then, usually, one cache line of weights that the second pass reads again.
/// </summary>
internal sealed class TwoPassFeatureIndex
{
    private readonly Slot[] _slots;
    private readonly int _mask;
    private readonly Entry[] _entries;

    /// <summary>Indexes the union of the two tables' features.</summary>
    public TwoPassFeatureIndex(PerceptronWeights first, PerceptronWeights second)
    {
        ClassCount = first.ClassCount;
        var secondRows = new Dictionary<ulong, int>(second.FeatureCount);
        for (var row = 0; row < second.FeatureCount; row++) secondRows[second.Keys[row]] = row;
        var keys = new List<ulong>(first.FeatureCount + second.FeatureCount / 4);
        keys.AddRange(first.Keys);
        foreach (var key in second.Keys)
        {
            if (first.FindRow(key) < 0) keys.Add(key);
        }
        var capacity = 16;
        while (capacity * 5 < keys.Count * 8) capacity <<= 1;
        _slots = new Slot[capacity];
        _mask = capacity - 1;
        _entries = new Entry[first.WeightCount + second.WeightCount];
        var next = 0;
        foreach (var key in keys)
        {
            ref var slot = ref Claim(key);
            slot.Start = next;
            slot.FirstLength = (ushort)Copy(first, first.FindRow(key), ref next);
            slot.SecondLength = (ushort)Copy(second, secondRows.GetValueOrDefault(key, -1), ref next);
        }
    }

    /// <summary>Number of classes scored (the same in both passes).</summary>
    public int ClassCount { get; }

    /// <summary>The slot of a feature, or -1 when neither pass knows it.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public int Find(ulong feature)
    {
        var at = (int)feature & _mask;
        while (true)
        {
            ref readonly var slot = ref _slots[at];
            if (!slot.IsUsed) return -1;
            if (slot.Key == feature) return at;
            at = (at + 1) & _mask;
        }
    }

    /// <summary>Adds the first pass's weights of a slot (from <see cref="Find"/>) to <paramref name="scores"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void AddFirst(int slot, Span<float> scores)
    {
        if (slot < 0) return;
        ref readonly var s = ref _slots[slot];
        Add(_entries.AsSpan(s.Start, s.FirstLength), scores);
    }

    /// <summary>Adds the second pass's weights of a slot (from <see cref="Find"/>) to <paramref name="scores"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void AddSecond(int slot, Span<float> scores)
    {
        if (slot < 0) return;
        ref readonly var s = ref _slots[slot];
        Add(_entries.AsSpan(s.Start + s.FirstLength, s.SecondLength), scores);
    }

    /// <summary>Adds the first pass's weights of a feature, looked up by hash.</summary>
    public void AddFirstFeature(ulong feature, Span<float> scores) => AddFirst(Find(feature), scores);

    /// <summary>Adds the second pass's weights of a feature, looked up by hash.</summary>
    public void AddSecondFeature(ulong feature, Span<float> scores) => AddSecond(Find(feature), scores);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static void Add(ReadOnlySpan<Entry> entries, Span<float> scores)
    {
        foreach (var entry in entries) scores[entry.Class] += entry.Value;
    }

    private int Copy(PerceptronWeights weights, int row, ref int next)
    {
        if (row < 0) return 0;
        var length = weights.RowLength(row);
        for (var i = 0; i < length; i++)
        {
            var (label, value) = weights.EntryOf(row, i);
            _entries[next++] = new Entry(value, label);
        }
        return length;
    }

    private ref Slot Claim(ulong key)
    {
        var at = (int)key & _mask;
        while (_slots[at].IsUsed) at = (at + 1) & _mask;
        _slots[at].Key = key;
        return ref _slots[at];
    }

    /// <summary>A weight and its class side by side.</summary>
    private readonly record struct Entry(float Value, int Class);

    /// <summary>A key and its weights (every stored row has at least one weight, so a used slot has some).</summary>
    private struct Slot
    {
        public ulong Key;
        public int Start;
        public ushort FirstLength, SecondLength;

        public readonly bool IsUsed => (FirstLength | SecondLength) != 0;
    }
}
