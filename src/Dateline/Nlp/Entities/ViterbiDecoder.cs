namespace Dateline.Nlp.Entities;

/// <summary>
/// Finds the best BILOU label sequence for per-token label scores and transition weights, allowing only
/// sequences <see cref="BilouScheme"/> accepts (no I after O, no change of type inside a name, no open name at the end).
/// </summary>
internal static class ViterbiDecoder
{
    private const int L = BilouScheme.LabelCount;
    private static readonly bool[] Allowed = BuildAllowed();

    /// <summary>Decodes <paramref name="length"/> tokens, reading <paramref name="scores"/> and writing <paramref name="labels"/>.</summary>
    public static void Decode(Span<float> scores, Span<int> backpointers, ReadOnlySpan<float> transitions, int length, Span<int> labels)
    {
        if (length == 0) return;
        for (var label = 0; label < L; label++)
        {
            if (!BilouScheme.CanStart(label)) scores[label] = float.NegativeInfinity;
        }
        for (var i = 1; i < length; i++)
        {
            var previous = scores.Slice((i - 1) * L, L);
            var current = scores.Slice(i * L, L);
            for (var label = 0; label < L; label++)
            {
                var best = float.NegativeInfinity;
                var bestFrom = 0;
                for (var from = 0; from < L; from++)
                {
                    if (!Allowed[from * L + label]) continue;
                    var score = previous[from] + transitions[from * L + label];
                    if (score > best)
                    {
                        best = score;
                        bestFrom = from;
                    }
                }
                current[label] += best;
                backpointers[i * L + label] = bestFrom;
            }
        }
        var last = scores.Slice((length - 1) * L, L);
        var end = 0;
        var endScore = float.NegativeInfinity;
        for (var label = 0; label < L; label++)
        {
            if (BilouScheme.CanEnd(label) && last[label] > endScore)
            {
                endScore = last[label];
                end = label;
            }
        }
        labels[length - 1] = end;
        for (var i = length - 1; i > 0; i--)
        {
            labels[i - 1] = backpointers[i * L + labels[i]];
        }
    }

    private static bool[] BuildAllowed()
    {
        var allowed = new bool[L * L];
        for (var from = 0; from < L; from++)
        {
            for (var to = 0; to < L; to++) allowed[from * L + to] = BilouScheme.CanFollow(from, to);
        }
        return allowed;
    }
}
