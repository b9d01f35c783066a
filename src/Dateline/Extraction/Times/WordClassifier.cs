namespace Dateline.Extraction.Times;

/// <summary>
/// Turns the tokens of a sentence into <see cref="Word"/>s: splits tokens at inner hyphens (so that
/// <c>mid-2011</c>, <c>27-year</c> and <c>14-16</c> read the same whether or not the tokenizer split them),
/// looks each part up in <see cref="TimeLexicon"/> and reads digit shapes (<c>16th</c>, <c>13:00</c>,
/// <c>1am</c>, <c>16/02/2022</c>, <c>1990s</c>, <c>Q3</c>, <c>FY2022</c>).
/// </summary>
internal static class WordClassifier
{
    /// <summary>Appends the words of one token to <paramref name="output"/>.</summary>
    public static void Classify(string text, int start, int end, int token, bool dayFirst, List<Word> output)
    {
        var span = text.AsSpan(start, end - start);
        if (MonthGluedToDay(span) is > 0 and var cut)
        {
            output.Add(ClassifyOne(text, start, start + cut, token, dayFirst));
            var digits = start + cut;
            while (!char.IsAsciiDigit(text[digits])) digits++;
            output.Add(ClassifyOne(text, digits, end, token, dayFirst));
            return;
        }
        if (span.Length > 2 && !IsIsoDate(span) && SplitsAtHyphen(span))
        {
            var partStart = start;
            for (var p = start; p <= end; p++)
            {
                if (p < end && !IsDash(text[p])) continue;
                if (p > partStart) output.Add(ClassifyOne(text, partStart, p, token, dayFirst));
                if (p < end) output.Add(new Word(p, p + 1, token, WordKind.Dash, 0, 0));
                partStart = p + 1;
            }
            return;
        }
        output.Add(ClassifyOne(text, start, end, token, dayFirst));
    }

    /// <summary><c>Oct2</c>, <c>Dec31</c>, <c>Oct.23</c>, <c>Oct/2</c>: the length of the month name (with its full stop), or 0.</summary>
    private static int MonthGluedToDay(ReadOnlySpan<char> span)
    {
        var letters = 0;
        while (letters < span.Length && char.IsAsciiLetter(span[letters])) letters++;
        if (letters < 3 || letters == span.Length) return 0;
        var digits = letters + (span[letters] is '.' or '/' ? 1 : 0);
        if (digits == span.Length || span.Length - digits > 2 || !DigitShapes.AllDigits(span[digits..])) return 0;
        var name = span[letters] == '.' ? span[..(letters + 1)] : span[..letters];
        return TimeLexicon.TryGet(name, out var entry) && entry.Kind == WordKind.Month ? name.Length : 0;
    }

    private static bool IsDash(char c) => c is '-' or '\u2013';

    private static bool SplitsAtHyphen(ReadOnlySpan<char> span)
    {
        for (var i = 1; i < span.Length - 1; i++)
        {
            if (IsDash(span[i])) return true;
        }
        return false;
    }

    private static bool IsIsoDate(ReadOnlySpan<char> s) =>
        s.Length == 10 && char.IsAsciiDigit(s[0]) && char.IsAsciiDigit(s[9])
        && ((s[4] == '-' && s[7] == '-') || (s[2] == '-' && s[5] == '-'));

    private static Word ClassifyOne(string text, int start, int end, int token, bool dayFirst)
    {
        var span = text.AsSpan(start, end - start);
        if (span.Length > 0 && (char.IsAsciiDigit(span[0]) || (span[0] is '\'' or '\u2019' && span.Length > 1 && char.IsAsciiDigit(span[1]))))
        {
            var (kind, value, extra) = DigitShapes.Read(span, dayFirst);
            return new Word(start, end, token, kind, value, extra);
        }
        if (TimeLexicon.TryGet(span, out var entry))
        {
            if (entry.Kind is WordKind.Month or WordKind.Weekday && !LooksLikeCalendarName(text, start, end, entry.Extra == 1))
            {
                return new Word(start, end, token, WordKind.Other, 0, 0);
            }
            return new Word(start, end, token, entry.Kind, entry.Value, entry.Extra);
        }
        var code = DigitShapes.ReadCode(span);
        return new Word(start, end, token, code.Kind, code.Value, code.Extra);
    }

    /// <summary>
    /// Month and weekday names that are also common words (<c>may</c>, <c>march</c>, <c>sun</c>, <c>sat</c>)
    /// count only when capitalized or next to a number.
    /// </summary>
    private static bool LooksLikeCalendarName(string text, int start, int end, bool abbreviation)
    {
        var span = text.AsSpan(start, end - start);
        var ambiguous = abbreviation || span.Equals("may", StringComparison.OrdinalIgnoreCase)
            || span.Equals("march", StringComparison.OrdinalIgnoreCase);
        if (!ambiguous) return true;
        var nearNumber = NextIsDigit(text, end) || PreviousIsDigit(text, start);
        if (abbreviation) return nearNumber || (char.IsUpper(span[0]) && (span[^1] == '.' || !IsCommonWord(span)));
        return nearNumber || char.IsUpper(span[0]);
    }

    /// <summary>Abbreviations that are also names or words (<c>Jan</c>, <c>Mar</c>, <c>Sun</c>, <c>Sat</c>, <c>Wed</c>, <c>Mon</c>, <c>Sep</c>).</summary>
    private static bool IsCommonWord(ReadOnlySpan<char> span)
    {
        foreach (var w in CommonWords)
        {
            if (span.Equals(w, StringComparison.OrdinalIgnoreCase)) return true;
        }
        return false;
    }

    private static readonly string[] CommonWords = ["jan", "mar", "sun", "sat", "wed", "mon", "sep"];

    private static bool NextIsDigit(string text, int p)
    {
        while (p < text.Length && text[p] is ' ' or '.' or '-' or '/' or ',') p++;
        return p < text.Length && char.IsAsciiDigit(text[p]);
    }

    private static bool PreviousIsDigit(string text, int p)
    {
        p--;
        while (p >= 0 && text[p] == ' ') p--;
        if (p >= 1 && char.IsAsciiLetter(text[p]) && char.IsAsciiLetter(text[p - 1]) && p >= 2 && char.IsAsciiDigit(text[p - 2])) return true;
        return p >= 0 && char.IsAsciiDigit(text[p]);
    }
}
