namespace Dateline.Nlp.Parsing;

/// <summary>
/// Makes a gold tree projective for training by lifting: while some arc crosses another, the shortest
/// non-projective arc's dependent is re-attached to its head's head (labels are kept). The arc-eager
/// system and its dynamic oracle are exact only for projective trees; lifting keeps every training
/// sentence, changing only the few crossing arcs (about 1% of EWT's arcs lie in non-projective sentences).
/// </summary>
internal static class ParserProjectivizer
{
    /// <summary>True when no arc of the tree crosses another (heads over positions 1..n, 0 is the root).</summary>
    public static bool IsProjective(ReadOnlySpan<int> heads) => ShortestNonProjective(heads) < 0;

    /// <summary>Lifts arcs in place until the tree is projective; returns how many lifts were made.</summary>
    public static int Lift(Span<int> heads)
    {
        var lifts = 0;
        int d;
        while ((d = ShortestNonProjective(heads)) > 0)
        {
            heads[d] = heads[heads[d]];
            lifts++;
        }
        return lifts;
    }

    private static int ShortestNonProjective(ReadOnlySpan<int> heads)
    {
        int best = -1, bestLength = int.MaxValue;
        for (var d = 1; d < heads.Length; d++)
        {
            var h = heads[d];
            int lo = Math.Min(h, d), hi = Math.Max(h, d);
            if (hi - lo >= bestLength) continue;
            for (var k = lo + 1; k < hi; k++)
            {
                if (!Dominates(heads, h, k))
                {
                    best = d;
                    bestLength = hi - lo;
                    break;
                }
            }
        }
        return best;
    }

    private static bool Dominates(ReadOnlySpan<int> heads, int ancestor, int node)
    {
        for (var steps = 0; node > 0 && steps < heads.Length; steps++)
        {
            node = heads[node];
            if (node == ancestor) return true;
        }
        return ancestor == 0;
    }
}
