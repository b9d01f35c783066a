using Dateline.Nlp.Learning;

namespace Dateline.Nlp.Tagging;

/// <summary>
/// One open-addressing table for the features of both passes: a feature is hashed and probed once, and
/// its slot holds the ranges of its weights in both tables (empty where a pass does not know it), so a
/// lookup touches one slot and then the weights, with no row-start table in between.
/// </summary>
internal sealed class TwoPassFeatureIndex
{
    private readonly Slot[] _slots;
    private readonly int _mask;
    private readonly PerceptronWeights _first;
    private readonly PerceptronWeights _second;

    /// <summary>Indexes the union of the two tables' features.</summary>
    public TwoPassFeatureIndex(PerceptronWeights first, PerceptronWeights second)
    {
        _first = first;
        _second = second;
        var capacity = 16;
        while (capacity < (first.FeatureCount + second.FeatureCount) * 2) capacity <<= 1;
        _slots = new Slot[capacity];
        _mask = capacity - 1;
        var firstKeys = first.Keys;
        for (var row = 0; row < firstKeys.Length; row++)
        {
            ref var slot = ref Claim(firstKeys[row]);
            slot.FirstStart = first.RowStart(row);
            slot.FirstEnd = first.RowStart(row + 1);
        }
        var secondKeys = second.Keys;
        for (var row = 0; row < secondKeys.Length; row++)
        {
            ref var slot = ref Claim(secondKeys[row]);
            slot.SecondStart = second.RowStart(row);
            slot.SecondEnd = second.RowStart(row + 1);
        }
    }

    /// <summary>Number of classes scored (the same in both passes).</summary>
    public int ClassCount => _first.ClassCount;

    /// <summary>The slot of a feature, or -1 when neither pass knows it.</summary>
    public int Find(ulong feature)
    {
        var at = (int)feature & _mask;
        while (true)
        {
            ref readonly var slot = ref _slots[at];
            if (slot.Key == feature && slot.IsUsed) return at;
            if (!slot.IsUsed) return -1;
            at = (at + 1) & _mask;
        }
    }

    /// <summary>Adds the first pass's weights of a slot (from <see cref="Find"/>) to <paramref name="scores"/>.</summary>
    public void AddFirst(int slot, Span<float> scores)
    {
        if (slot < 0) return;
        ref readonly var s = ref _slots[slot];
        _first.AddEntries(s.FirstStart, s.FirstEnd, scores);
    }

    /// <summary>Adds the second pass's weights of a slot (from <see cref="Find"/>) to <paramref name="scores"/>.</summary>
    public void AddSecond(int slot, Span<float> scores)
    {
        if (slot < 0) return;
        ref readonly var s = ref _slots[slot];
        _second.AddEntries(s.SecondStart, s.SecondEnd, scores);
    }

    /// <summary>Adds the first pass's weights of a feature, looked up by hash.</summary>
    public void AddFirstFeature(ulong feature, Span<float> scores) => AddFirst(Find(feature), scores);

    /// <summary>Adds the second pass's weights of a feature, looked up by hash.</summary>
    public void AddSecondFeature(ulong feature, Span<float> scores) => AddSecond(Find(feature), scores);

    private ref Slot Claim(ulong key)
    {
        var at = (int)key & _mask;
        while (_slots[at].IsUsed && _slots[at].Key != key) at = (at + 1) & _mask;
        _slots[at].Key = key;
        return ref _slots[at];
    }

    /// <summary>A key and the weight ranges of both passes (every stored row has at least one weight, so a used slot has a non-empty range).</summary>
    private struct Slot
    {
        public ulong Key;
        public int FirstStart, FirstEnd, SecondStart, SecondEnd;

        public readonly bool IsUsed => (FirstEnd | SecondEnd) != 0;
    }
}
