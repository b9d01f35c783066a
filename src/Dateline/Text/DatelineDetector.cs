using Dateline.Documents;

namespace Dateline.Text;

/// <summary>
/// Finds a dateline at the start of a paragraph so the splitter can make it a segment of its own:
/// up to twelve capitalized words, numbers and light punctuation (<c>/</c>, <c>,</c>, <c>|</c>, brackets)
/// ending in a colon or a dash, holding a dateline marker (a <c>|</c>, a bracketed source such as
/// <c>(Reuters)</c>, or a word in capitals such as <c>WASHINGTON</c>), on one line, and followed by a
/// capitalized word: <c>Moscow/ Kyiv | Jagran News Desk:</c>, <c>WASHINGTON (Reuters) -</c>.
/// </summary>
internal static class DatelineDetector
{
    private const int MaxTokens = 12;

    /// <summary>The index of the dateline's last token (its colon or dash), or -1 when there is none.</summary>
    public static int End(string text, TokenBuffer buffer, int first)
    {
        var tokens = buffer.Tokens;
        var marker = false;
        var limit = Math.Min(tokens.Count - 1, first + MaxTokens);
        for (var k = first; k < limit; k++)
        {
            var token = tokens[k];
            if (k > first && text.AsSpan(tokens[k - 1].End, token.Start - tokens[k - 1].End).Contains('\n')) return -1;
            var word = text.AsSpan(token.Start, token.End - token.Start);
            var c = word[0];
            if (word is ":" or "-" or "--" or "\u2014" or "\u2013")
            {
                return marker && k - first >= 2 && TextChars.IsUpper(text[tokens[k + 1].Start]) ? k : -1;
            }
            if (word is "|" or "(")
            {
                marker = true;
                continue;
            }
            if (word is "/" or "," or ")") continue;
            if (TextChars.IsDigit(c)) continue;
            if (!TextChars.IsUpper(c) || buffer.Flags[k] != TokenFlags.None) return -1;
            if (word.Length >= 3 && IsAllCaps(word)) marker = true;
        }
        return -1;
    }

    private static bool IsAllCaps(ReadOnlySpan<char> word)
    {
        foreach (var c in word)
        {
            if (!TextChars.IsUpper(c)) return false;
        }
        return true;
    }
}
