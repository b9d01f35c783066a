namespace Dateline.Extraction.Times;

/// <summary>Reads the digit shapes of time expressions from one word, without allocating.</summary>
internal static class DigitShapes
{
    /// <summary>Reads a word that starts with a digit (or an apostrophe and a digit).</summary>
    public static (WordKind Kind, int Value, int Extra) Read(ReadOnlySpan<char> s, bool dayFirst)
    {
        if (s[0] is '\'' or '\u2019') return ReadShortDecade(s[1..]);
        var digits = LeadingDigits(s);
        var number = Parse(s[..digits]);
        var rest = s[digits..];
        if (rest.IsEmpty) return digits <= 9 ? (WordKind.Number, number, digits) : default;
        if (IsOrdinalSuffix(rest) && digits <= 3) return (WordKind.Ordinal, number, 0);
        if (rest[0] == ':' ) return ReadClock(number, digits, rest[1..]);
        if (rest[0] is '/' or '.' or '-') return ReadNumericDate(s, dayFirst);
        if (rest is "s" && (digits == 4 && number % 10 == 0 || digits == 2 && number % 10 == 0)) return Decade(number, digits);
        // "the 1970's": a decade only after "the" (Extra 1), since "2020's" is also a year's.
        if (rest is "'s" or "\u2019s" && digits == 4 && number % 10 == 0) return (WordKind.Decade, number, 1);
        if (digits <= 2 && number <= 12 && AmPm(rest, out var add)) return (WordKind.Clock, Hour12(number, add), 100);
        if (digits is 3 or 4 && number % 100 < 60 && number / 100 is >= 1 and <= 12 && AmPm(rest, out add))
        {
            return (WordKind.Clock, Hour12(number / 100, add), number % 100 + 100);
        }
        if (digits <= 2 && number <= 23 && rest.Equals("ish", StringComparison.OrdinalIgnoreCase)) return (WordKind.Clock, number, 0);
        return default;
    }

    /// <summary>Reads letter-led codes: <c>Q3</c>, <c>H1</c>, <c>FY2022</c>, <c>FY22</c>.</summary>
    public static (WordKind Kind, int Value, int Extra) ReadCode(ReadOnlySpan<char> s)
    {
        if (s.Length == 2 && s[0] is 'Q' or 'q' && s[1] is >= '1' and <= '4') return (WordKind.QuarterCode, s[1] - '0', 0);
        if (s.Length == 2 && s[0] is 'H' && s[1] is '1' or '2') return (WordKind.QuarterCode, 10 + s[1] - '0', 0);
        if (s.Length is 4 or 6 && s[0] is 'F' && s[1] is 'Y' && AllDigits(s[2..]))
        {
            var year = Parse(s[2..]);
            return (WordKind.Fiscal, 1, s.Length == 4 ? 2000 + year : year);
        }
        return default;
    }

    public static bool AllDigits(ReadOnlySpan<char> s)
    {
        foreach (var c in s) if (!char.IsAsciiDigit(c)) return false;
        return !s.IsEmpty;
    }

    private static int LeadingDigits(ReadOnlySpan<char> s)
    {
        var i = 0;
        while (i < s.Length && char.IsAsciiDigit(s[i])) i++;
        return i;
    }

    private static int Parse(ReadOnlySpan<char> s)
    {
        var n = 0;
        foreach (var c in s) n = n * 10 + (c - '0');
        return n;
    }

    private static bool IsOrdinalSuffix(ReadOnlySpan<char> s) =>
        s.Equals("st", StringComparison.OrdinalIgnoreCase) || s.Equals("nd", StringComparison.OrdinalIgnoreCase)
        || s.Equals("rd", StringComparison.OrdinalIgnoreCase) || s.Equals("th", StringComparison.OrdinalIgnoreCase);

    private static bool AmPm(ReadOnlySpan<char> s, out int add)
    {
        add = 0;
        if (s.IsEmpty) return false;
        var c = char.ToLowerInvariant(s[0]);
        if (c is not ('a' or 'p')) return false;
        add = c == 'p' ? 12 : 0;
        var tail = s[1..];
        return tail is "m" or "M" or ".m." or ".M." or ".m" or "m.";
    }

    private static int Hour12(int hour, int add) => hour == 12 ? add : hour + add;

    private static (WordKind, int, int) ReadClock(int hour, int digits, ReadOnlySpan<char> rest)
    {
        if (digits > 2 || rest.Length < 2 || !char.IsAsciiDigit(rest[0]) || !char.IsAsciiDigit(rest[1])) return default;
        var minute = (rest[0] - '0') * 10 + rest[1] - '0';
        var tail = rest[2..];
        var seconds = 0;
        if (tail.Length >= 3 && tail[0] == ':' && AllDigits(tail[1..3]))
        {
            seconds = ((tail[1] - '0') * 10 + tail[2] - '0' + 1) * 1000;
            tail = tail[3..];
        }
        if (hour > 24 || minute > 59 || seconds > 60000) return default;
        if (tail.IsEmpty) return (WordKind.Clock, hour, minute + seconds);
        return hour <= 12 && AmPm(tail, out var add) ? (WordKind.Clock, Hour12(hour, add), minute + 100 + seconds) : default;
    }

    private static (WordKind, int, int) ReadNumericDate(ReadOnlySpan<char> s, bool dayFirst)
    {
        Span<int> parts = stackalloc int[3];
        Span<int> lengths = stackalloc int[3];
        var count = 0;
        var separator = s[LeadingDigits(s)];
        var i = 0;
        while (i < s.Length && count < 3)
        {
            var start = i;
            while (i < s.Length && char.IsAsciiDigit(s[i])) i++;
            if (i == start) return default;
            parts[count] = Parse(s[start..i]);
            lengths[count++] = i - start;
            if (i == s.Length) break;
            if (s[i] != separator) return default;
            i++;
        }
        if (count == 2 && i == s.Length && separator == '/') return ReadTwoPartDate(parts, lengths, dayFirst);
        if (count != 3 || i != s.Length) return default;
        int year, month, day;
        if (lengths[0] == 4) (year, month, day) = (parts[0], parts[1], parts[2]);
        else if (lengths[2] is 4 or 2 && lengths[0] <= 2 && lengths[1] <= 2)
        {
            year = lengths[2] == 2 ? (parts[2] < 50 ? 2000 + parts[2] : 1900 + parts[2]) : parts[2];
            var first = parts[0];
            var second = parts[1];
            var firstIsDay = first > 12 || (second <= 12 && dayFirst);
            (day, month) = firstIsDay ? (first, second) : (second, first);
        }
        else return default;
        if (month is < 1 or > 12 || day is < 1 or > 31) return default;
        return (WordKind.NumericDate, year * 10000 + month * 100 + day, 0);
    }

    /// <summary><c>4/22</c> and <c>22/04</c> (no year: Extra 1), <c>3/2015</c> and <c>2015/3</c> (a month). <c>24/7</c> is the idiom, not a date.</summary>
    private static (WordKind, int, int) ReadTwoPartDate(Span<int> parts, Span<int> lengths, bool dayFirst)
    {
        if (lengths[0] <= 2 && lengths[1] == 4 && parts[0] is >= 1 and <= 12) return (WordKind.NumericDate, parts[1] * 10000 + parts[0] * 100, 0);
        if (lengths[0] == 4 && lengths[1] <= 2 && parts[1] is >= 1 and <= 12) return (WordKind.NumericDate, parts[0] * 10000 + parts[1] * 100, 0);
        if (lengths[0] > 2 || lengths[1] > 2 || (parts[0] == 24 && parts[1] == 7)) return default;
        var firstIsDay = parts[0] > 12 || (parts[1] <= 12 && dayFirst);
        var (day, month) = firstIsDay ? (parts[0], parts[1]) : (parts[1], parts[0]);
        if (month is < 1 or > 12 || day is < 1 or > 31) return default;
        return (WordKind.NumericDate, month * 100 + day, 1);
    }

    private static (WordKind, int, int) ReadShortDecade(ReadOnlySpan<char> s)
    {
        if (s.Length == 3 && s[2] == 's' && AllDigits(s[..2]) && Parse(s[..2]) % 10 == 0) return Decade(Parse(s[..2]), 2);
        if (s.Length == 2 && AllDigits(s)) return (WordKind.Number, Parse(s) < 50 ? 2000 + Parse(s) : 1900 + Parse(s), 4);
        return default;
    }

    private static (WordKind, int, int) Decade(int number, int digits) =>
        (WordKind.Decade, digits == 4 ? number : (number < 30 ? 2000 + number : 1900 + number), 0);
}
