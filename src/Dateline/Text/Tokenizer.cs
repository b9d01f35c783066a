namespace Dateline.Text;

/// <summary>
/// Splits text into tokens in UD English-EWT / Penn Treebank style, in one pass over the characters
/// and without regular expressions. Whitespace separates chunks; inside a chunk, <see cref="WordScanner"/>
/// takes words (with their abbreviation periods, numbers with separators, joined prefixes and split-off
/// clitics) and this class takes everything else: URLs, emoticons, @handles, #hashtags, punctuation
/// (runs such as <c>...</c>, <c>?!</c> and <c>--</c> are one token, as in EWT) and symbols.
/// </summary>
internal sealed class Tokenizer
{
    private readonly WordScanner _words;
    private readonly string[] _emoticons;

    /// <summary>Creates a tokenizer over the given word lists.</summary>
    public Tokenizer(SegmentationLexicon lexicon)
    {
        _words = new WordScanner(lexicon);
        _emoticons = lexicon.Emoticons;
    }

    /// <summary>Appends the tokens of <paramref name="text"/> to <paramref name="buffer"/>.</summary>
    public void Tokenize(string text, TokenBuffer buffer)
    {
        var n = text.Length;
        var i = 0;
        while (i < n)
        {
            if (char.IsWhiteSpace(text[i]))
            {
                i++;
                continue;
            }
            var end = i + 1;
            while (end < n && !char.IsWhiteSpace(text[end])) end++;
            ScanChunk(text, i, end, buffer);
            i = end;
        }
    }

    private void ScanChunk(string text, int start, int end, TokenBuffer buffer)
    {
        var p = start;
        var url = UrlLength(text.AsSpan(start, end - start));
        if (url > 0)
        {
            buffer.Add(start, start + url);
            p = start + url;
        }
        while (p < end)
        {
            p = TextChars.IsWord(text[p])
                ? _words.Scan(text, p, end, buffer, p)
                : ScanSymbol(text, start, p, end, buffer);
        }
    }

    private int ScanSymbol(string text, int chunkStart, int p, int end, TokenBuffer buffer)
    {
        var c = text[p];
        var atWordStart = p == chunkStart || !TextChars.IsWord(text[p - 1]);
        var hasNext = p + 1 < end;
        if (atWordStart && c is ':' or ';' or '(' or '^' or '=' or '<')
        {
            var emoticon = EmoticonLength(text, p, end);
            if (emoticon > 0)
            {
                buffer.Add(p, p + emoticon);
                return p + emoticon;
            }
        }
        if (c is '@' or '#' && hasNext && atWordStart && TextChars.IsWord(text[p + 1]))
        {
            var q = p + 1;
            while (q < end && TextChars.IsWord(text[q])) q++;
            buffer.Add(p, q);
            return q;
        }
        if (c is '-' or '+' && hasNext && atWordStart && TextChars.IsDigit(text[p + 1])
            && (p == chunkStart || text[p - 1] is '(' or '$'))
        {
            return _words.Scan(text, p + 1, end, buffer, p);
        }
        if (TextChars.IsApostrophe(c) || c == '\u2018')
        {
            return ScanQuote(text, chunkStart, p, end, buffer);
        }
        if (TextChars.IsTerminalMark(c))
        {
            var q = p + 1;
            while (q < end && TextChars.IsTerminalMark(text[q])) q++;
            buffer.Add(p, q);
            return q;
        }
        if (c is '-' or '*' or '=' or '~' or '<' or '>' or '/' or '|' or '+' or '#' or '_' or '\u2014' or '\u2013')
        {
            var q = p + 1;
            while (q < end && text[q] == c) q++;
            buffer.Add(p, q);
            return q;
        }
        var width = char.IsHighSurrogate(c) && hasNext && char.IsLowSurrogate(text[p + 1]) ? 2 : 1;
        buffer.Add(p, p + width);
        return p + width;
    }

    private int ScanQuote(string text, int chunkStart, int p, int end, TokenBuffer buffer)
    {
        var c = text[p];
        if (c is '\'' or '`' && p + 1 < end && text[p + 1] == c)
        {
            buffer.Add(p, p + 2);
            return p + 2;
        }
        if (p + 1 < end && TextChars.IsDigit(text[p + 1]) && c != '\u2018')
        {
            // '90s, '72: the apostrophe stands for the century and stays with the number.
            return _words.Scan(text, p + 1, end, buffer, p);
        }
        var opening = p + 1 < end && TextChars.IsLetter(text[p + 1])
            && (p == chunkStart || !TextChars.IsWord(text[p - 1]));
        buffer.SingleQuoteOpen = opening || c == '\u2018';
        buffer.Add(p, p + 1);
        return p + 1;
    }

    private int EmoticonLength(string text, int p, int end)
    {
        var rest = text.AsSpan(p, end - p);
        foreach (var emoticon in _emoticons)
        {
            if (rest.StartsWith(emoticon, StringComparison.Ordinal)
                && (rest.Length == emoticon.Length || !TextChars.IsWord(rest[emoticon.Length])))
            {
                return emoticon.Length;
            }
        }
        return 0;
    }

    /// <summary>Length of a URL at the start of a chunk (trailing punctuation left off), or 0.</summary>
    internal static int UrlLength(ReadOnlySpan<char> chunk)
    {
        if (!(chunk.StartsWith("http://", StringComparison.OrdinalIgnoreCase)
              || chunk.StartsWith("https://", StringComparison.OrdinalIgnoreCase)
              || chunk.StartsWith("ftp://", StringComparison.OrdinalIgnoreCase)
              || chunk.StartsWith("mailto:", StringComparison.OrdinalIgnoreCase)
              || (chunk.StartsWith("www.", StringComparison.OrdinalIgnoreCase) && chunk.Length > 4)))
        {
            return 0;
        }
        var length = chunk.Length;
        while (length > 0)
        {
            var last = chunk[length - 1];
            var balancedParen = last == ')' && chunk[..length].Count('(') >= chunk[..length].Count(')');
            if (balancedParen || !(last is '.' or ',' or ';' or ':' or '!' or '?' or '\'' or '"' or ')' or ']' or '>'
                                   or '\u2019' or '\u201D'))
            {
                break;
            }
            length--;
        }
        return length;
    }
}
