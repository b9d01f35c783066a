namespace Dateline.Nlp.Parsing;

/// <summary>
/// The children of every token of a tree given by head indices, in one flat array: the children of token
/// <c>i</c> are <c>Children[Start[i]..Start[i + 1]]</c>, in token order (a compressed adjacency list).
/// </summary>
internal static class ChildIndex
{
    /// <summary>Indexes the children of <paramref name="heads"/> (a head of -1 marks a root).</summary>
    public static (int[] Start, int[] Children) Build(IReadOnlyList<int> heads)
    {
        var n = heads.Count;
        var start = new int[n + 1];
        for (var i = 0; i < n; i++)
        {
            if (heads[i] >= 0) start[heads[i] + 1]++;
        }
        for (var i = 0; i < n; i++) start[i + 1] += start[i];
        var children = new int[start[n]];
        var fill = start[..n];
        for (var i = 0; i < n; i++)
        {
            if (heads[i] >= 0) children[fill[heads[i]]++] = i;
        }
        return (start, children);
    }
}
