using Dateline.Documents;

namespace Dateline.Nlp.Parsing;

/// <summary>
/// A read-only view over a document's dependency layer for the questions event coding asks: who is
/// the subject of a verb, what are its objects and obliques, is it negated or passive, which characters
/// make up a noun phrase. All indices are document-wide token indices; "none" is -1.
/// </summary>
public sealed partial class SyntaxTree
{
    private static readonly string[] NegationWords = ["not", "n't", "n’t", "never", "no"];

    private readonly string _text;
    private readonly IReadOnlyList<Token> _tokens;
    private readonly IReadOnlyList<int> _heads;
    private readonly IReadOnlyList<string> _relations;
    private readonly int[] _childStart;
    private readonly int[] _children;

    /// <summary>Creates a view over tokens of <paramref name="text"/> and their dependencies.</summary>
    /// <exception cref="ArgumentException">The token and dependency layers differ in length.</exception>
    public SyntaxTree(string text, IReadOnlyList<Token> tokens, DependencyTree dependencies)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(tokens);
        ArgumentNullException.ThrowIfNull(dependencies);
        if (dependencies.Heads.Count != tokens.Count || dependencies.Relations.Count != tokens.Count)
        {
            throw new ArgumentException($"E310: {tokens.Count} tokens but {dependencies.Heads.Count} heads and {dependencies.Relations.Count} relations.", nameof(dependencies));
        }
        _text = text;
        _tokens = tokens;
        _heads = dependencies.Heads;
        _relations = dependencies.Relations;
        (_childStart, _children) = ChildIndex.Build(_heads);
    }

    /// <summary>The view over a document whose tokens and dependencies are set.</summary>
    public static SyntaxTree Of(Document document)
    {
        ArgumentNullException.ThrowIfNull(document);
        return new SyntaxTree(document.Text, document.Get(Layers.Tokens), document.Get(Layers.Dependencies));
    }

    /// <summary>Number of tokens.</summary>
    public int Count => _tokens.Count;

    /// <summary>The token's head, or -1 for a sentence root.</summary>
    public int Head(int token) => _heads[token];

    /// <summary>The token's relation to its head (with subtype).</summary>
    public string Relation(int token) => _relations[token];

    /// <summary>The token's form: its normalized form when it has one, else the text it covers.</summary>
    public ReadOnlySpan<char> Form(int token) => _tokens[token].Form ?? _text.AsSpan(_tokens[token].Start, _tokens[token].End - _tokens[token].Start);

    /// <summary>The token's dependents, in text order.</summary>
    public IReadOnlyList<int> Children(int token) =>
        new ArraySegment<int>(_children, _childStart[token], _childStart[token + 1] - _childStart[token]);

    /// <summary>True when the token's relation is <paramref name="relation"/> or one of its subtypes (<c>obl</c> matches <c>obl:tmod</c>).</summary>
    public bool HasRelation(int token, string relation) => IsRelation(_relations[token], relation);

    /// <summary>Dependents whose relation is one of <paramref name="relations"/> or a subtype of one, in text order.</summary>
    public IReadOnlyList<int> ChildrenWith(int token, params ReadOnlySpan<string> relations)
    {
        List<int>? found = null;
        foreach (var child in Children(token))
        {
            foreach (var relation in relations)
            {
                if (IsRelation(_relations[child], relation))
                {
                    (found ??= []).Add(child);
                    break;
                }
            }
        }
        return found ?? (IReadOnlyList<int>)[];
    }

    /// <summary>The first dependent with the relation (or a subtype), or -1.</summary>
    public int FirstChildWith(int token, string relation)
    {
        foreach (var child in Children(token))
        {
            if (IsRelation(_relations[child], relation)) return child;
        }
        return -1;
    }

    /// <summary>True when the token's form, lowercased, is <paramref name="word"/>.</summary>
    public bool FormIs(int token, string word) => Form(token).Equals(word, StringComparison.OrdinalIgnoreCase);

    private static bool IsRelation(string actual, string wanted) =>
        actual.StartsWith(wanted, StringComparison.Ordinal) &&
        (actual.Length == wanted.Length || (wanted.Contains(':') ? false : actual[wanted.Length] == ':'));
}
