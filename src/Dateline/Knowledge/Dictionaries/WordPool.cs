namespace Dateline.Knowledge.Dictionaries;

/// <summary>
/// Splits dictionary phrases into upper-case words, sharing one string per distinct word while a file is read
/// (dictionaries repeat THE, OF, ARMY... thousands of times).
/// </summary>
internal sealed class WordPool
{
    private readonly Dictionary<string, string> _words = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> _lookup;
    private readonly List<string> _buffer = [];

    public WordPool() => _lookup = _words.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>The shared upper-case string for <paramref name="word"/>.</summary>
    public string Get(ReadOnlySpan<char> word)
    {
        Span<char> upper = word.Length <= 128 ? stackalloc char[word.Length] : new char[word.Length];
        word.ToUpperInvariant(upper);
        if (_lookup.TryGetValue(upper, out var existing)) return existing;
        var created = new string(upper);
        _words.Add(created, created);
        return created;
    }

    /// <summary>The words of <paramref name="phrase"/>, split on blanks and (when asked) underscores.</summary>
    public string[] Split(ReadOnlySpan<char> phrase, bool underscores = true)
    {
        _buffer.Clear();
        var start = -1;
        for (var i = 0; i <= phrase.Length; i++)
        {
            var separator = i == phrase.Length || char.IsWhiteSpace(phrase[i]) || (underscores && phrase[i] == '_');
            if (!separator)
            {
                if (start < 0) start = i;
                continue;
            }
            if (start >= 0) _buffer.Add(Get(phrase[start..i]));
            start = -1;
        }
        return [.. _buffer];
    }
}
