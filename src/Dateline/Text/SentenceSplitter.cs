using Dateline.Documents;

namespace Dateline.Text;

/// <summary>
/// Groups tokens into sentences. Rules, in order:
/// <list type="bullet">
/// <item>A blank line (paragraph break) always ends a sentence.</item>
/// <item>A run of <c>.</c>, <c>?</c>, <c>!</c> (<c>?!</c>, <c>...</c>) ends one, together with the closing quotes and
/// brackets written right after it (<c>"We will go." He left.</c> splits after the quote), unless the next
/// token starts with a lowercase letter or is a comma, semicolon or colon (<c>"Where?" he asked.</c>).</item>
/// <item>An abbreviation that can end a sentence (<c>U.S.</c>, <c>Inc.</c>) ends one only when the next word is
/// a capitalized sentence opener (<c>The</c>, <c>He</c>) or a new line begins; titles (<c>Mr.</c>, <c>Gen.</c>),
/// <c>No.</c> before a number and initials (<c>J. R. R. Tolkien</c>) never end one.</item>
/// <item>A line break after a line without terminal punctuation (a headline, a list item, a byline) ends a
/// sentence unless the next line starts in lowercase or the line ends in a comma or connector.</item>
/// <item>A dateline opening a paragraph (<c>Moscow/ Kyiv | Jagran News Desk:</c>, <c>WASHINGTON (Reuters) -</c>)
/// is a segment of its own; see <see cref="DatelineDetector"/>.</item>
/// </list>
/// </summary>
internal sealed class SentenceSplitter(SegmentationLexicon lexicon)
{
    /// <summary>Splits the tokens in <paramref name="buffer"/> (of <paramref name="text"/>) into sentences.</summary>
    public Sentence[] Split(string text, TokenBuffer buffer)
    {
        var tokens = buffer.Tokens;
        var n = tokens.Count;
        var sentences = new List<Sentence>(n / 16 + 1);
        var first = 0;
        var paragraphStart = true;
        var i = 0;
        while (i < n)
        {
            if (paragraphStart && i == first)
            {
                paragraphStart = false;
                var dateline = DatelineDetector.End(text, buffer, first);
                if (dateline >= 0 && dateline < n - 1)
                {
                    sentences.Add(Make(tokens, first, dateline));
                    first = i = dateline + 1;
                    continue;
                }
            }
            var terminal = IsTerminal(text, buffer, i);
            var last = terminal ? AttachClosers(text, tokens, i) : i;
            if (last == n - 1)
            {
                sentences.Add(Make(tokens, first, last));
                break;
            }
            var newlines = NewlinesBetween(text, tokens[last].End, tokens[last + 1].Start);
            var ends = newlines >= 2
                       || (terminal && EndsAfterTerminal(text, buffer, i, last + 1, newlines))
                       || (newlines == 1 && EndsAtLineBreak(text, buffer, last, last + 1));
            if (ends)
            {
                sentences.Add(Make(tokens, first, last));
                first = last + 1;
                paragraphStart = newlines >= 2;
            }
            i = last + 1;
        }
        return [.. sentences];
    }

    private static Sentence Make(IReadOnlyList<Token> tokens, int first, int last) =>
        new(tokens[first].Start, tokens[last].End, first, last - first + 1);

    private static bool IsTerminal(string text, TokenBuffer buffer, int i)
    {
        if ((buffer.Flags[i] & (TokenFlags.Abbreviation | TokenFlags.Title | TokenFlags.Initial)) != 0) return true;
        var token = buffer.Tokens[i];
        for (var p = token.Start; p < token.End; p++)
        {
            if (!TextChars.IsTerminalMark(text[p])) return false;
        }
        return true;
    }

    private static int AttachClosers(string text, IReadOnlyList<Token> tokens, int i)
    {
        var last = i;
        while (last + 1 < tokens.Count && tokens[last + 1].Start == tokens[last].End
               && tokens[last + 1].End - tokens[last + 1].Start == 1 && TextChars.IsCloser(text[tokens[last + 1].Start]))
        {
            last++;
        }
        return last;
    }

    private bool EndsAfterTerminal(string text, TokenBuffer buffer, int i, int next, int newlines)
    {
        var flags = buffer.Flags[i];
        var nextToken = buffer.Tokens[next];
        var nextChar = text[nextToken.Start];
        if ((flags & TokenFlags.Title) != 0) return false;
        if ((flags & (TokenFlags.Abbreviation | TokenFlags.Initial)) != 0)
        {
            if (newlines > 0) return !TextChars.IsLower(nextChar);
            return TextChars.IsUpper(nextChar) && IsOpener(text, nextToken, (flags & TokenFlags.Initial) != 0);
        }
        if (TextChars.IsLower(nextChar)) return false;
        return nextChar is not (',' or ';' or ':');
    }

    private bool IsOpener(string text, Token token, bool afterInitial)
    {
        var word = text.AsSpan(token.Start, token.End - token.Start);
        if (afterInitial && word.Length == 1) return false;
        return lexicon.IsSentenceStarter(word);
    }

    private static bool EndsAtLineBreak(string text, TokenBuffer buffer, int last, int next)
    {
        if (TextChars.IsLower(text[buffer.Tokens[next].Start])) return false;
        if ((buffer.Flags[last] & TokenFlags.Title) != 0) return false;
        var token = buffer.Tokens[last];
        if (token.End - token.Start != 1) return true;
        return text[token.Start] is not (',' or ';' or '(' or '&' or '-' or '/' or '\u2013' or '\u2014');
    }

    /// <summary>Number of line feeds in <c>[start, end)</c> (only whitespace lies between two tokens).</summary>
    private static int NewlinesBetween(string text, int start, int end)
    {
        var count = 0;
        for (var p = start; p < end; p++)
        {
            if (text[p] == '\n') count++;
        }
        return count;
    }
}
