namespace Dateline.Text;

/// <summary>
/// Scans one word inside a whitespace-delimited chunk and appends its token(s). A word runs over
/// letters, digits and underscores, and over a connector between two word characters when the
/// connector belongs inside the token by EWT convention: periods (<c>U.S</c>, <c>3.5</c>, <c>enron.com</c>),
/// commas and colons between digits (<c>1,000,000</c>, <c>1,00,000</c>, <c>10:30</c>), slashes in dates and
/// between single letters (<c>9/11</c>, <c>w/o</c>), hyphens after a joined prefix (<c>e-mail</c>,
/// <c>non-stop</c>) and in phone numbers, <c>&amp;</c> in short acronyms (<c>P&amp;L</c>), <c>@</c> in
/// addresses and apostrophes inside names (<c>O'Neil</c>). At the end it splits off clitics
/// (<c>'s</c>, <c>n't</c>, <c>'m</c>, <c>'re</c>, <c>'ve</c>, <c>'ll</c>, <c>'d</c>, the possessive apostrophe
/// of <c>Edwards'</c>) and keeps the period of an abbreviation or initial.
/// </summary>
internal sealed class WordScanner(SegmentationLexicon lexicon)
{
    /// <summary>
    /// Scans the word at <paramref name="start"/>, appends its tokens (the first one starting at
    /// <paramref name="tokenStart"/>, which may lie before <paramref name="start"/> for a sign or an
    /// apostrophe) and returns the offset after them.
    /// </summary>
    public int Scan(string text, int start, int end, TokenBuffer buffer, int tokenStart)
    {
        var shape = new WordShape(start);
        var q = start;
        var phone = 0;
        while (q < end)
        {
            var c = text[q];
            if (TextChars.IsWord(c))
            {
                shape.AddChar(c);
                q++;
                continue;
            }
            if (q + 1 >= end || !TextChars.IsWord(text[q + 1]) || !KeepsJoined(text, start, shape.SegmentStart, q, end, ref phone))
            {
                break;
            }
            shape.AddConnector(c, q);
            q++;
        }
        shape.Close(q);
        return Finish(text, tokenStart, q, end, buffer, shape);
    }

    private bool KeepsJoined(string text, int start, int segmentStart, int q, int end, ref int phone)
    {
        var prev = text[q - 1];
        var next = text[q + 1];
        switch (text[q])
        {
            case '.':
            case '@':
                return true;
            case ',':
            case ':':
                return TextChars.IsDigit(prev) && TextChars.IsDigit(next);
            case '/':
                return (TextChars.IsDigit(prev) && TextChars.IsDigit(next))
                       || (q - segmentStart == 1 && TextChars.IsLetter(prev) && TextChars.IsLetter(next));
            case '&':
                return q - segmentStart <= 2 && TextChars.IsLetter(prev) && TextChars.IsLetter(next);
            case '-':
                if (TextChars.IsDigit(prev) && TextChars.IsDigit(next))
                {
                    if (phone == 0) phone = IsPhoneNumber(text, start, end) ? 1 : -1;
                    return phone > 0;
                }
                return TextChars.IsLetter(prev) && lexicon.IsHyphenPrefix(text.AsSpan(segmentStart, q - segmentStart));
            case '\'':
            case '\u2019':
            case '`':
                if (CliticLength(text, q, end) > 0) return TextChars.IsDigit(prev);
                if (IsNegation(text, q, end)) return false;
                return TextChars.IsLetter(prev) && TextChars.IsLetter(next);
            default:
                return false;
        }
    }

    private int Finish(string text, int tokenStart, int q, int end, TokenBuffer buffer, WordShape shape)
    {
        if (q < end && TextChars.IsApostrophe(text[q]))
        {
            if (q - 1 > tokenStart && IsNegation(text, q, end))
            {
                EmitWord(text, tokenStart, q - 1, buffer);
                buffer.Add(q - 1, q + 2, TokenFlags.JoinedToPrevious, text[q] == '\'' ? null : Clitics.Negation);
                return q + 2;
            }
            var clitic = CliticLength(text, q, end);
            if (clitic > 0)
            {
                EmitWord(text, tokenStart, q, buffer);
                buffer.Add(q, q + clitic, TokenFlags.JoinedToPrevious, text[q] == '\'' ? null : Clitics.Normalize(text.AsSpan(q, clitic)));
                return q + clitic;
            }
            if (text[q] != '`' && (text[q - 1] is 's' or 'S') && !buffer.SingleQuoteOpen
                && (q + 1 >= end || !TextChars.IsWord(text[q + 1])))
            {
                EmitWord(text, tokenStart, q, buffer);
                buffer.Add(q, q + 1, TokenFlags.JoinedToPrevious, text[q] == '\'' ? null : "'");
                return q + 1;
            }
        }
        if (q < end && text[q] == '.' && (q + 1 >= end || text[q + 1] != '.'))
        {
            var flags = ClassifyPeriod(text, tokenStart, q, shape);
            if (flags != TokenFlags.None)
            {
                buffer.Add(tokenStart, q + 1, flags);
                return q + 1;
            }
        }
        EmitWord(text, tokenStart, q, buffer);
        return q;
    }

    private TokenFlags ClassifyPeriod(string text, int start, int q, WordShape shape)
    {
        var word = text.AsSpan(start, q - start);
        if (lexicon.IsTitle(word)) return TokenFlags.Title;
        if (lexicon.IsAbbreviation(word)) return TokenFlags.Abbreviation;
        if (shape.IsDottedAbbreviation) return TokenFlags.Abbreviation;
        if (word.Length == 1 && TextChars.IsUpper(word[0])) return TokenFlags.Initial;
        if (lexicon.IsBeforeNumber(word) && NumberFollows(text, q + 1)) return TokenFlags.Title;
        return TokenFlags.None;
    }

    private static bool NumberFollows(string text, int p)
    {
        while (p < text.Length && text[p] is ' ' or '\t') p++;
        return p < text.Length && TextChars.IsDigit(text[p]);
    }

    private static void EmitWord(string text, int start, int end, TokenBuffer buffer)
    {
        var word = text.AsSpan(start, end - start);
        var split = Clitics.FusedSplit(word);
        if (split > 0)
        {
            buffer.Add(start, start + split);
            buffer.Add(start + split, end, TokenFlags.JoinedToPrevious);
            return;
        }
        buffer.Add(start, end);
    }

    /// <summary>Length of a clitic (<c>'s</c>, <c>'m</c>, <c>'d</c>, <c>'ll</c>, <c>'re</c>, <c>'ve</c>) starting at the apostrophe at <paramref name="q"/>, or 0.</summary>
    private static int CliticLength(string text, int q, int end)
    {
        var r = q + 1;
        while (r < end && r - q <= 3 && TextChars.IsLetter(text[r])) r++;
        if (r < end && TextChars.IsWord(text[r])) return 0;
        return Clitics.IsClitic(text.AsSpan(q + 1, r - q - 1)) ? r - q : 0;
    }

    /// <summary>True when the apostrophe at <paramref name="q"/> is the one of <c>n't</c> ending a word.</summary>
    private static bool IsNegation(string text, int q, int end) =>
        q + 1 < end && text[q - 1] is 'n' or 'N' && text[q + 1] is 't' or 'T'
        && (q + 2 >= end || !TextChars.IsWord(text[q + 2]));

    /// <summary>
    /// True for digit groups joined by hyphens that form a phone number or postal code
    /// (<c>713-853-3989</c>, <c>345-9945</c>, <c>94720-1900</c>); ranges (<c>1969-1970</c>, <c>3-4</c>) are split.
    /// </summary>
    private static bool IsPhoneNumber(string text, int start, int end)
    {
        Span<int> groups = stackalloc int[2];
        var count = 0;
        var length = 0;
        for (var p = start; p <= end; p++)
        {
            if (p < end && TextChars.IsDigit(text[p]))
            {
                length++;
                continue;
            }
            if (length == 0) return false;
            if (count < 2) groups[count] = length;
            count++;
            length = 0;
            if (p == end || text[p] != '-' || p + 1 >= end || !TextChars.IsDigit(text[p + 1])) break;
        }
        if (count >= 3) return true;
        return count == 2 && groups[1] == 4 && groups[0] is 3 or 5;
    }
}
