using Dateline.Nlp.Learning;

namespace Dateline.Nlp.Tagging;

/// <summary>
/// One lookup table for the features of both passes: a static feature is hashed and found once, and the
/// row numbers of both weight tables come back together (-1 where a pass does not know the feature).
/// </summary>
internal sealed class TwoPassFeatureIndex
{
    private readonly PerceptronFeatureIndex _index;
    private readonly int[] _rows;

    /// <summary>Indexes the union of the two tables' features.</summary>
    public TwoPassFeatureIndex(PerceptronWeights first, PerceptronWeights second)
    {
        var keys = new List<ulong>(first.FeatureCount + second.FeatureCount / 4);
        var firstRows = new List<int>(keys.Capacity);
        var secondRows = new List<int>(keys.Capacity);
        var firstKeys = first.Keys;
        for (var row = 0; row < firstKeys.Length; row++)
        {
            keys.Add(firstKeys[row]);
            firstRows.Add(row);
            secondRows.Add(second.FindRow(firstKeys[row]));
        }
        var secondKeys = second.Keys;
        for (var row = 0; row < secondKeys.Length; row++)
        {
            if (first.FindRow(secondKeys[row]) >= 0) continue;
            keys.Add(secondKeys[row]);
            firstRows.Add(-1);
            secondRows.Add(row);
        }
        _index = new PerceptronFeatureIndex([.. keys]);
        _rows = new int[keys.Count * 2];
        for (var i = 0; i < keys.Count; i++)
        {
            _rows[2 * i] = firstRows[i];
            _rows[2 * i + 1] = secondRows[i];
        }
    }

    /// <summary>The rows of a feature in the first and the second table (-1 when absent).</summary>
    public (int First, int Second) Find(ulong feature)
    {
        var at = _index.Find(feature);
        return at < 0 ? (-1, -1) : (_rows[2 * at], _rows[2 * at + 1]);
    }
}
