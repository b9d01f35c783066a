namespace Dateline.Knowledge.Dictionaries;

/// <summary>
/// Walks a dictionary text line by line with the PETRARCH comment rules: <c>#</c> starts a comment anywhere on a
/// line, <c>&lt;!-- ... --&gt;</c> comments may span lines, a line starting <c>&lt;!</c> is skipped, and blank lines are skipped.
/// </summary>
internal ref struct DictionaryLineReader
{
    private readonly ReadOnlySpan<char> _text;
    private int _position;
    private int _lineNumber;
    private bool _inBlockComment;

    public DictionaryLineReader(ReadOnlySpan<char> text)
    {
        _text = text.Length > 0 && text[0] == '\uFEFF' ? text[1..] : text;
    }

    /// <summary>Physical lines consumed so far.</summary>
    public readonly int LinesRead => _lineNumber;

    /// <summary>True while an unclosed <c>&lt;!--</c> comment is open (at the end: the file ended inside it).</summary>
    public readonly bool InBlockComment => _inBlockComment;

    /// <summary>Reads the next line with content, or returns false at the end of the text.</summary>
    public bool TryRead(out DictionaryLine line)
    {
        while (_position < _text.Length)
        {
            var rest = _text[_position..];
            var end = rest.IndexOf('\n');
            ReadOnlySpan<char> raw;
            if (end < 0)
            {
                raw = rest;
                _position = _text.Length;
            }
            else
            {
                raw = rest[..end];
                _position += end + 1;
            }
            _lineNumber++;
            if (raw.Length > 0 && raw[^1] == '\r') raw = raw[..^1];
            if (TryStrip(raw, out var content, out var comment))
            {
                line = new DictionaryLine(_lineNumber, content, comment);
                return true;
            }
        }
        line = default;
        return false;
    }

    private bool TryStrip(ReadOnlySpan<char> raw, out ReadOnlySpan<char> content, out ReadOnlySpan<char> comment)
    {
        content = default;
        comment = default;
        var work = raw;
        if (_inBlockComment)
        {
            var close = work.IndexOf("-->", StringComparison.Ordinal);
            if (close < 0) return false;
            work = work[(close + 3)..];
            _inBlockComment = false;
        }
        work = StripBlockComments(work);
        var hash = work.IndexOf('#');
        if (hash >= 0)
        {
            comment = work[(hash + 1)..].Trim();
            work = work[..hash];
        }
        work = work.Trim();
        if (work.StartsWith("<!", StringComparison.Ordinal)) return false;
        content = work;
        return work.Length > 0;
    }

    private ReadOnlySpan<char> StripBlockComments(ReadOnlySpan<char> work)
    {
        while (true)
        {
            var open = work.IndexOf("<!--", StringComparison.Ordinal);
            if (open < 0) return work;
            var after = work[(open + 4)..];
            var close = after.IndexOf("-->", StringComparison.Ordinal);
            if (close < 0)
            {
                _inBlockComment = true;
                return work[..open];
            }
            var tail = after[(close + 3)..];
            // Rare: text on both sides of a one-line comment; join the two parts.
            work = tail.IsWhiteSpace() ? work[..open] : string.Concat(work[..open], " ", tail).AsSpan();
        }
    }
}
