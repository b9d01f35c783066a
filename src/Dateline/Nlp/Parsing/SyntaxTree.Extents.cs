using Dateline.Documents;

namespace Dateline.Nlp.Parsing;

/// <summary>Subtrees and phrase extents.</summary>
public sealed partial class SyntaxTree
{
    /// <summary>The token and all its descendants, in text order.</summary>
    public IReadOnlyList<int> Subtree(int token)
    {
        var found = new List<int>();
        Collect(token, excludeRelativeClauses: false, found);
        found.Sort();
        return found;
    }

    /// <summary>The character span from the first to the last token of the subtree.</summary>
    public TextSpan SubtreeSpan(int token)
    {
        var subtree = Subtree(token);
        return new TextSpan(_tokens[subtree[0]].Start, _tokens[subtree[^1]].End);
    }

    /// <summary>
    /// The character span of the noun phrase headed by <paramref name="head"/>: its subtree without
    /// punctuation at either edge. With <paramref name="excludeRelativeClauses"/>, relative clauses
    /// (<c>acl:relcl</c>) are left out and the phrase ends before the first one that follows the head.
    /// </summary>
    public TextSpan NounPhraseExtent(int head, bool excludeRelativeClauses = false)
    {
        var kept = new List<int>();
        Collect(head, excludeRelativeClauses, kept);
        kept.Sort();
        var cut = excludeRelativeClauses ? FirstRelativeClauseAfter(head) : int.MaxValue;
        int first = 0, last = kept.Count - 1;
        while (last > 0 && kept[last] > cut) last--;
        while (first < last && kept[first] != head && HasRelation(kept[first], "punct")) first++;
        while (last > first && kept[last] != head && HasRelation(kept[last], "punct")) last--;
        return new TextSpan(_tokens[kept[first]].Start, _tokens[kept[last]].End);
    }

    private int FirstRelativeClauseAfter(int head)
    {
        var cut = int.MaxValue;
        foreach (var child in ChildrenWith(head, "acl:relcl"))
        {
            if (child <= head) continue;
            foreach (var t in Subtree(child)) cut = Math.Min(cut, t);
        }
        return cut;
    }

    private void Collect(int token, bool excludeRelativeClauses, List<int> found)
    {
        var pending = new Stack<int>();
        pending.Push(token);
        while (pending.Count > 0)
        {
            var t = pending.Pop();
            found.Add(t);
            foreach (var child in Children(t))
            {
                if (excludeRelativeClauses && Relation(child) == "acl:relcl") continue;
                pending.Push(child);
            }
        }
    }
}
