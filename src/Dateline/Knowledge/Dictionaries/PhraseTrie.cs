namespace Dateline.Knowledge.Dictionaries;

/// <summary>Phrases (word sequences, case-insensitive) mapped to values, with exact and longest-prefix lookup.</summary>
internal sealed class PhraseTrie<T>
    where T : class
{
    private readonly Node _root = new();

    /// <summary>Distinct phrases stored.</summary>
    public int Count { get; private set; }

    /// <summary>Stores <paramref name="value"/> under <paramref name="words"/>; an existing value is replaced (the last entry wins, as in PETRARCH). Returns false when it replaced one.</summary>
    public bool Set(IReadOnlyList<string> words, T value)
    {
        if (words.Count == 0) return false;
        var node = _root;
        for (var i = 0; i < words.Count; i++)
        {
            node.Children ??= new Dictionary<string, Node>(StringComparer.OrdinalIgnoreCase);
            if (!node.Children.TryGetValue(words[i], out var next))
            {
                next = new Node();
                node.Children.Add(words[i], next);
            }
            node = next;
        }
        var added = node.Value is null;
        node.Value = value;
        if (added) Count++;
        return added;
    }

    /// <summary>The value stored under exactly these words, or null.</summary>
    public T? Get(IReadOnlyList<string> words)
    {
        var node = _root;
        for (var i = 0; i < words.Count && node is not null; i++)
        {
            node = node.Children is { } children && children.TryGetValue(words[i], out var next) ? next : null;
        }
        return node?.Value;
    }

    /// <summary>The longest stored phrase starting at <paramref name="start"/> in <paramref name="tokens"/>: its length in tokens (0 when none) and value.</summary>
    public int MatchLongest(IReadOnlyList<string> tokens, int start, out T? value)
    {
        value = null;
        var length = 0;
        var node = _root;
        for (var i = start; i < tokens.Count; i++)
        {
            if (node.Children is null || !node.Children.TryGetValue(tokens[i], out var next)) break;
            node = next;
            if (node.Value is not null)
            {
                value = node.Value;
                length = i - start + 1;
            }
        }
        return length;
    }

    private sealed class Node
    {
        public Dictionary<string, Node>? Children;
        public T? Value;
    }
}
