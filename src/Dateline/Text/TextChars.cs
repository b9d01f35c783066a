using System.Globalization;

namespace Dateline.Text;

/// <summary>Character classes for segmentation, with an ASCII fast path.</summary>
internal static class TextChars
{
    /// <summary>True for a character that belongs inside a word: letter, digit, combining mark or underscore.</summary>
    public static bool IsWord(char c)
    {
        if (c < 128) return char.IsAsciiLetterOrDigit(c) || c == '_';
        if (char.IsLetterOrDigit(c)) return true;
        var category = CharUnicodeInfo.GetUnicodeCategory(c);
        return category is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark;
    }

    /// <summary>True for a letter.</summary>
    public static bool IsLetter(char c) => c < 128 ? char.IsAsciiLetter(c) : char.IsLetter(c);

    /// <summary>True for an ASCII digit.</summary>
    public static bool IsDigit(char c) => char.IsAsciiDigit(c);

    /// <summary>True for a lowercase letter.</summary>
    public static bool IsLower(char c) => c < 128 ? char.IsAsciiLetterLower(c) : char.IsLower(c);

    /// <summary>True for an uppercase letter.</summary>
    public static bool IsUpper(char c) => c < 128 ? char.IsAsciiLetterUpper(c) : char.IsUpper(c);

    /// <summary>True for a character used as an apostrophe inside or after a word.</summary>
    public static bool IsApostrophe(char c) => c is '\'' or '\u2019' or '`';

    /// <summary>True for a sentence-final mark: full stop, question mark or exclamation mark.</summary>
    public static bool IsTerminalMark(char c) => c is '.' or '?' or '!' or '\u2026';

    /// <summary>True for a character that closes a quotation or bracket after a sentence-final mark.</summary>
    public static bool IsCloser(char c) => c is '"' or '\'' or ')' or ']' or '}' or '\u201D' or '\u2019' or '\u00BB';
}
