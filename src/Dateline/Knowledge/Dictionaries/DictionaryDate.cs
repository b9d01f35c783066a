namespace Dateline.Knowledge.Dictionaries;

/// <summary>
/// Dates in actor code restrictions: <c>YYMMDD</c> or <c>YYYYMMDD</c>. Two-digit years follow PETRARCH
/// (<c>dstr_to_ordate</c>, inherited from KEDS and TABARI): 00–30 are 2000–2030, 31–99 are 1931–1999.
/// </summary>
internal static class DictionaryDate
{
    /// <summary>Two-digit years up to this value are in the 2000s.</summary>
    public const int LastTwentyFirstCenturyYear = 30;

    /// <summary>Parses a date of 6 or 8 digits; false with a reason for anything else.</summary>
    public static bool TryParse(ReadOnlySpan<char> text, out DateOnly date, out string? reason)
    {
        date = default;
        reason = null;
        if (text.Length != 6 && text.Length != 8)
        {
            reason = $"date '{text}' has {text.Length} characters; expected YYMMDD or YYYYMMDD";
            return false;
        }
        foreach (var c in text)
        {
            if (c is < '0' or > '9')
            {
                reason = $"date '{text}' is not all digits";
                return false;
            }
        }
        int year;
        if (text.Length == 6)
        {
            year = Digits(text[..2]);
            year += year <= LastTwentyFirstCenturyYear ? 2000 : 1900;
        }
        else
        {
            year = Digits(text[..4]);
        }
        var month = Digits(text[^4..^2]);
        var day = Digits(text[^2..]);
        if (year < 1 || month is < 1 or > 12 || day < 1 || day > DateTime.DaysInMonth(year, month))
        {
            reason = $"date '{text}' is not a calendar date";
            return false;
        }
        date = new DateOnly(year, month, day);
        return true;
    }

    /// <summary>
    /// As <see cref="TryParse"/>, but reads odd lengths the way PETRARCH's <c>dstr_to_ordate</c> does, with a warning:
    /// 7 digits are read as YYMMDD from the first six, more than 8 as YYYYMMDD from the first eight.
    /// </summary>
    public static bool TryParseLenient(ReadOnlySpan<char> text, out DateOnly date, out string? reason, out string? warning)
    {
        warning = null;
        if (text.Length is 6 or 8 || !IsDigits(text)) return TryParse(text, out date, out reason);
        var used = text.Length == 7 ? text[..6] : text.Length > 8 ? text[..8] : text;
        if (!TryParse(used, out date, out reason)) return false;
        warning = $"date '{text}' has {text.Length} digits; read as {date:yyyy-MM-dd} from its first {used.Length}, as PETRARCH does";
        return true;
    }

    private static bool IsDigits(ReadOnlySpan<char> text)
    {
        if (text.IsEmpty) return false;
        foreach (var c in text)
        {
            if (c is < '0' or > '9') return false;
        }
        return true;
    }

    private static int Digits(ReadOnlySpan<char> text)
    {
        var value = 0;
        foreach (var c in text) value = (value * 10) + (c - '0');
        return value;
    }
}
