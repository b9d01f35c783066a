namespace Dateline.Nlp.Parsing;

/// <summary>
/// The dynamic oracle of Goldberg and Nivre (2012) for the arc-eager system: the cost of a move is the
/// number of gold arcs it makes unreachable. Exact for projective gold trees. Because words left
/// without a head at the end are attached to the root, an unattached word whose gold head is the root
/// can still reach it, and the costs count that case as reachable.
/// </summary>
internal static class ArcEagerOracle
{
    /// <summary>Fills <paramref name="costs"/> (one per move; int.MaxValue for invalid moves).</summary>
    /// <param name="state">The configuration.</param>
    /// <param name="goldHeads">Gold head per position (index 0 unused).</param>
    /// <param name="costs">Output, length <see cref="ArcEagerAction.Count"/>.</param>
    public static void Costs(ArcEagerState state, ReadOnlySpan<int> goldHeads, Span<int> costs)
    {
        costs[ArcEagerAction.Shift] = state.IsValid(ArcEagerAction.Shift) ? ShiftCost(state, goldHeads) : int.MaxValue;
        costs[ArcEagerAction.Reduce] = state.IsValid(ArcEagerAction.Reduce) ? ReduceCost(state, goldHeads) : int.MaxValue;
        costs[ArcEagerAction.LeftArc] = state.IsValid(ArcEagerAction.LeftArc) ? LeftArcCost(state, goldHeads) : int.MaxValue;
        costs[ArcEagerAction.RightArc] = state.IsValid(ArcEagerAction.RightArc) ? RightArcCost(state, goldHeads) : int.MaxValue;
    }

    private static int ShiftCost(ArcEagerState state, ReadOnlySpan<int> gold)
    {
        var b = state.Front;
        var cost = gold[b] > 0 && state.OnStack(gold[b]) ? 1 : 0;
        return cost + UnattachedStackChildren(state, gold, b);
    }

    private static int ReduceCost(ArcEagerState state, ReadOnlySpan<int> gold) =>
        BufferChildren(state, gold, state.Top, state.Front);

    private static int LeftArcCost(ArcEagerState state, ReadOnlySpan<int> gold)
    {
        int s = state.Top, b = state.Front;
        var h = gold[s];
        var cost = h != b && (h > b || h == 0) ? 1 : 0;
        return cost + BufferChildren(state, gold, s, b);
    }

    private static int RightArcCost(ArcEagerState state, ReadOnlySpan<int> gold)
    {
        int s = state.Top, b = state.Front;
        var h = gold[b];
        var cost = h != s && (h > b || state.OnStack(h)) ? 1 : 0;
        return cost + UnattachedStackChildren(state, gold, b);
    }

    private static int BufferChildren(ArcEagerState state, ReadOnlySpan<int> gold, int head, int from)
    {
        var count = 0;
        for (var k = from; k <= state.Length; k++)
        {
            if (gold[k] == head) count++;
        }
        return count;
    }

    private static int UnattachedStackChildren(ArcEagerState state, ReadOnlySpan<int> gold, int head)
    {
        var count = 0;
        for (var d = 0; d < state.StackCount; d++)
        {
            var k = state.StackAt(d);
            if (k > 0 && gold[k] == head && state.Heads[k] < 0) count++;
        }
        return count;
    }
}
