using Dateline.Documents;

namespace Dateline.Text;

/// <summary>
/// Tokens being built for one text, with a <see cref="TokenFlags"/> value per token. Reused across
/// texts by one thread (call <see cref="Clear"/>), so segmenting allocates only the final arrays.
/// </summary>
internal sealed class TokenBuffer
{
    private readonly List<Token> _tokens;
    private readonly List<TokenFlags> _flags;

    /// <summary>Creates a buffer with room for <paramref name="capacity"/> tokens.</summary>
    public TokenBuffer(int capacity = 0)
    {
        _tokens = new List<Token>(capacity);
        _flags = new List<TokenFlags>(capacity);
    }

    /// <summary>The tokens so far.</summary>
    public IReadOnlyList<Token> Tokens => _tokens;

    /// <summary>The flags, aligned with <see cref="Tokens"/>.</summary>
    public IReadOnlyList<TokenFlags> Flags => _flags;

    /// <summary>Number of tokens.</summary>
    public int Count => _tokens.Count;

    /// <summary>True while a single quote opened in the text has not been closed.</summary>
    public bool SingleQuoteOpen { get; set; }

    /// <summary>Appends a token.</summary>
    public void Add(int start, int end, TokenFlags flags = TokenFlags.None, string? form = null)
    {
        _tokens.Add(new Token(start, end, form));
        _flags.Add(flags);
    }

    /// <summary>Empties the buffer for the next text.</summary>
    public void Clear()
    {
        _tokens.Clear();
        _flags.Clear();
        SingleQuoteOpen = false;
    }

    /// <summary>The tokens as an array.</summary>
    public Token[] ToArray() => [.. _tokens];
}
