namespace Dateline.Knowledge.Dictionaries;

/// <summary>One logical dictionary line: its number, the content without comments (trimmed) and the trailing <c>#</c> comment.</summary>
internal readonly ref struct DictionaryLine
{
    public DictionaryLine(int number, ReadOnlySpan<char> content, ReadOnlySpan<char> comment)
    {
        Number = number;
        Content = content;
        Comment = comment;
    }

    /// <summary>1-based physical line number.</summary>
    public int Number { get; }

    /// <summary>The line without comments, trimmed; never empty.</summary>
    public ReadOnlySpan<char> Content { get; }

    /// <summary>Text after the first <c>#</c>, trimmed (empty when none).</summary>
    public ReadOnlySpan<char> Comment { get; }
}
