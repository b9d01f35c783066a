using System.Numerics;
using System.Runtime.InteropServices;

namespace Dateline.Nlp.Learning;

/// <summary>
/// Training-time averaged perceptron over dense rows (one float per class per feature), with lazy
/// averaging by time stamps. Rows are created on demand for feature hashes; when training ends,
/// <see cref="ToWeights"/> averages, prunes small weights and returns the sparse read-only form.
/// </summary>
internal sealed class AveragedPerceptron
{
    private readonly Dictionary<ulong, int> _rowOf = [];
    private readonly List<ulong> _keys = [];
    private readonly int _stride;
    private float[] _weights;
    private double[] _totals;
    private int[] _stamps;
    private int _clock;

    /// <summary>Creates an empty model over <paramref name="classCount"/> classes.</summary>
    public AveragedPerceptron(int classCount)
    {
        if (classCount is < 1 or > 256) throw new ArgumentOutOfRangeException(nameof(classCount), "between 1 and 256 classes.");
        ClassCount = classCount;
        _stride = (classCount + Vector<float>.Count - 1) / Vector<float>.Count * Vector<float>.Count;
        _weights = new float[_stride * 1024];
        _totals = new double[_weights.Length];
        _stamps = new int[_weights.Length];
    }

    /// <summary>Number of classes.</summary>
    public int ClassCount { get; }

    /// <summary>Number of feature rows created so far.</summary>
    public int FeatureCount => _keys.Count;

    /// <summary>The row of a feature; creates it when <paramref name="create"/> is true, else returns -1 for unknown ones.</summary>
    public int Row(ulong feature, bool create)
    {
        if (_rowOf.TryGetValue(feature, out var row)) return row;
        if (!create) return -1;
        row = _keys.Count;
        _keys.Add(feature);
        _rowOf.Add(feature, row);
        if ((row + 1) * _stride > _weights.Length)
        {
            var size = _weights.Length * 2;
            Array.Resize(ref _weights, size);
            Array.Resize(ref _totals, size);
            Array.Resize(ref _stamps, size);
        }
        return row;
    }

    /// <summary>Adds the current weights of the rows to <paramref name="scores"/> (length ≥ class count rounded up to the vector width).</summary>
    public void Score(ReadOnlySpan<int> rows, Span<float> scores)
    {
        var acc = MemoryMarshal.Cast<float, Vector<float>>(scores[.._stride]);
        foreach (var row in rows)
        {
            if (row < 0) continue;
            var weights = MemoryMarshal.Cast<float, Vector<float>>(_weights.AsSpan(row * _stride, _stride));
            for (var i = 0; i < acc.Length; i++) acc[i] += weights[i];
        }
    }

    /// <summary>The length a score buffer must have.</summary>
    public int ScoreLength => _stride;

    /// <summary>Advances the averaging clock by one training example.</summary>
    public void Tick() => _clock++;

    /// <summary>Moves weight from the guessed class to the gold class on every row.</summary>
    public void Update(ReadOnlySpan<int> rows, int gold, int guess)
    {
        if (gold == guess) return;
        foreach (var row in rows)
        {
            if (row < 0) continue;
            Nudge(row * _stride + gold, 1f);
            Nudge(row * _stride + guess, -1f);
        }
    }

    private void Nudge(int at, float delta)
    {
        _totals[at] += (double)(_clock - _stamps[at]) * _weights[at];
        _stamps[at] = _clock;
        _weights[at] += delta;
    }

    /// <summary>
    /// Averages the weights over all training steps and keeps, per row, the classes whose averaged weight
    /// is at least <paramref name="minMagnitude"/> in absolute value; rows left empty are dropped.
    /// </summary>
    public PerceptronWeights ToWeights(float minMagnitude)
    {
        var keys = new List<ulong>(_keys.Count);
        var rowStart = new List<int>(_keys.Count + 1);
        var classes = new List<byte>();
        var values = new List<float>();
        var clock = Math.Max(_clock, 1);
        for (var row = 0; row < _keys.Count; row++)
        {
            var before = values.Count;
            for (var c = 0; c < ClassCount; c++)
            {
                var at = row * _stride + c;
                var total = _totals[at] + (double)(_clock - _stamps[at]) * _weights[at];
                var average = (float)(total / clock);
                if (Math.Abs(average) < minMagnitude || average == 0f) continue;
                classes.Add((byte)c);
                values.Add(average);
            }
            if (values.Count == before) continue;
            keys.Add(_keys[row]);
            rowStart.Add(before);
        }
        rowStart.Add(values.Count);
        return new PerceptronWeights(ClassCount, [.. keys], [.. rowStart], [.. classes], [.. values]);
    }
}
