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
/// <item>Within a line and without a terminal mark, a sentence ends before a capitalized word after a greeting or
/// closing (<c>Thanks, | Anne</c>), an addressee (<c>Chris: | Per our...</c>), a URL or an e-mail header time, and
/// wherever the optional <see cref="BoundaryModel"/> scores the gap above its threshold.</item>
/// <item>A dateline opening a paragraph (<c>Moscow/ Kyiv | Jagran News Desk:</c>, <c>WASHINGTON (Reuters) -</c>)
/// is a segment of its own; see <see cref="DatelineDetector"/>.</item>
/// </list>
/// </summary>
internal sealed class SentenceSplitter(SegmentationLexicon lexicon, BoundaryModel? model = null)
{
    /// <summary>The boundary model never leaves a sentence shorter than this (<c>Posted By: ...</c> stays whole).</summary>
    private const int MinModelSentence = 3;

    /// <summary>
    /// Splits the tokens in <paramref name="buffer"/> (of <paramref name="text"/>) into sentences. When
    /// <paramref name="candidates"/> is given, every gap the boundary model would be asked about is added to it
    /// (sentence's first token, token before the gap, token after it), for training.
    /// </summary>
    public Sentence[] Split(string text, TokenBuffer buffer, List<(int First, int Left, int Next)>? candidates = null)
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
            var last = terminal ? AttachClosers(text, buffer, i) : i;
            if (last == n - 1)
            {
                sentences.Add(Make(tokens, first, last));
                break;
            }
            var newlines = NewlinesBetween(text, tokens[last].End, tokens[last + 1].Start);
            var ends = newlines >= 2
                       || (terminal && EndsAfterTerminal(text, buffer, first, i, last + 1, newlines))
                       || (newlines == 1 && EndsAtLineBreak(text, buffer, last, last + 1))
                       || (!terminal && EndsWithoutMark(text, buffer, first, i, last + 1));
            if (!ends && !terminal && newlines == 0 && last - first >= MinModelSentence - 1 && IsModelCandidate(text, tokens, last, last + 1))
            {
                candidates?.Add((first, last, last + 1));
                ends = model != null && ModelEnds(text, tokens, first, last, last + 1);
            }
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

    /// <summary>
    /// A gap the boundary model decides: whitespace between the tokens, no colon before it (a colon before a
    /// capital is left to the rules), and the next token starts with a capital or a symbol (a lowercase start
    /// never opens a sentence here).
    /// </summary>
    private static bool IsModelCandidate(string text, IReadOnlyList<Token> tokens, int left, int next)
    {
        if (tokens[next].Start == tokens[left].End || text[tokens[left].Start] == ':') return false;
        var c = text[tokens[next].Start];
        return TextChars.IsUpper(c) || !(TextChars.IsLetter(c) || TextChars.IsDigit(c));
    }

    private bool ModelEnds(string text, IReadOnlyList<Token> tokens, int first, int left, int next)
    {
        Span<int> features = stackalloc int[BoundaryFeatures.Count];
        BoundaryFeatures.Extract(text, tokens, first, left, next, model!.Size, features);
        return model.Score(features) > model.Threshold;
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

    /// <summary>
    /// The last token of the sentence end at <paramref name="i"/>: closing quotes and brackets written right
    /// after it, then an emoticon on the same line (<c>great! :P</c>).
    /// </summary>
    private static int AttachClosers(string text, TokenBuffer buffer, int i)
    {
        var tokens = buffer.Tokens;
        var last = i;
        while (last + 1 < tokens.Count && tokens[last + 1].Start == tokens[last].End && IsCloser(text, tokens[last + 1]))
        {
            last++;
        }
        if (last + 1 < tokens.Count
            && (buffer.Flags[last + 1] & TokenFlags.Emoticon) != 0
            && NewlinesBetween(text, tokens[last].End, tokens[last + 1].Start) == 0)
        {
            last++;
        }
        return last;
    }

    private static bool IsCloser(string text, Token token)
    {
        if (token.End - token.Start > 2) return false;
        for (var p = token.Start; p < token.End; p++)
        {
            if (!TextChars.IsCloser(text[p])) return false;
        }
        return true;
    }

    private bool EndsAfterTerminal(string text, TokenBuffer buffer, int first, int i, int next, int newlines)
    {
        var flags = buffer.Flags[i];
        var nextToken = buffer.Tokens[next];
        var nextChar = text[nextToken.Start];
        if ((flags & TokenFlags.Title) != 0 || buffer.Tokens[next - 1].End == nextToken.Start) return false;
        if (nextChar is ',' or ';' or ':') return false;
        if ((flags & (TokenFlags.Abbreviation | TokenFlags.Initial)) != 0)
        {
            if (newlines > 0) return !TextChars.IsLower(nextChar);
            return TextChars.IsUpper(nextChar) && IsOpener(text, nextToken, (flags & TokenFlags.Initial) != 0);
        }
        var mark = buffer.Tokens[i];
        if (mark.End - mark.Start > 1 && text[mark.Start] == '.' && text[mark.Start + 1] == '.')
        {
            // An ellipsis ends a sentence only before a capital: "So... put it there" runs on.
            return TextChars.IsUpper(nextChar);
        }
        if (IsListNumber(text, buffer, first, i)) return false;
        var closed = next - 1 > i;
        return !(TextChars.IsLower(nextChar) && closed);
    }

    /// <summary>True for the period of a list number opening a sentence (<c>2.</c>, <c>*3.</c>).</summary>
    private static bool IsListNumber(string text, TokenBuffer buffer, int first, int i)
    {
        if (i == first || text[buffer.Tokens[i].Start] != '.' || buffer.Tokens[i].End - buffer.Tokens[i].Start != 1) return false;
        var number = buffer.Tokens[i - 1];
        if (number.End != buffer.Tokens[i].Start || number.End - number.Start > 2) return false;
        for (var p = number.Start; p < number.End; p++)
        {
            if (!TextChars.IsDigit(text[p])) return false;
        }
        return i - 1 == first || (i - 2 == first && buffer.Tokens[first].End - buffer.Tokens[first].Start == 1);
    }

    private bool IsOpener(string text, Token token, bool afterInitial)
    {
        var word = text.AsSpan(token.Start, token.End - token.Start);
        if (afterInitial && word.Length == 1) return false;
        return lexicon.IsSentenceStarter(word);
    }

    /// <summary>
    /// Sentence ends that have no terminal mark, before a capitalized word: after a greeting or closing
    /// (<c>Thanks, | Anne</c>, <c>Hi Bob, | I</c>), after an addressee (<c>Chris: | Per our</c>), after a URL,
    /// after the date and time of an e-mail header (<c>08/16/2000 12:05 PM | I just</c>), after quoted-mail
    /// markers (<c>&gt;&gt;</c>) and before a request opener (<c>Please</c>, <c>Attached</c>).
    /// </summary>
    private bool EndsWithoutMark(string text, TokenBuffer buffer, int first, int i, int next)
    {
        var tokens = buffer.Tokens;
        if (!TextChars.IsUpper(text[tokens[next].Start]) || tokens[next].Start == tokens[i].End) return false;
        var word = Slice(text, tokens[i]);
        if (word.Length == 1 && word[0] is ',' or ':' or '-')
        {
            var firstWord = Slice(text, tokens[first]);
            if (i - first <= 3 && lexicon.IsGreeting(firstWord)) return true;
            return word[0] == ':' && i - first == 1 && TextChars.IsUpper(firstWord[0]);
        }
        if (word is ">>" or ">") return true;
        if (word is "AM" or "PM" or "am" or "pm")
        {
            return i - 2 >= first && Slice(text, tokens[i - 1]).Contains(':') && Slice(text, tokens[i - 2]).Contains('/');
        }
        if (TextChars.IsWord(word[^1]) && Slice(text, tokens[next]) is "Please" or "Attached") return true;
        return word.Length > 7 && Tokenizer.UrlLength(word) > 0;
    }

    private static ReadOnlySpan<char> Slice(string text, Token token) => text.AsSpan(token.Start, token.End - token.Start);

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
