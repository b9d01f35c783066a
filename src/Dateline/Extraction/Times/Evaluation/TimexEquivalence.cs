using System.Globalization;

namespace Dateline.Extraction.Times.Evaluation;

/// <summary>
/// Compares a TIMEX3 value with a Recognizers-Text timex by meaning where the two differ only in notation:
/// <list type="bullet">
/// <item>equal strings;</item>
/// <item>a whole hour written without minutes (<c>T19</c> = <c>T19:00</c>);</item>
/// <item>a timex that leaves the year, month or week open (<c>XXXX-10-14</c>, <c>XXXX-WXX-7</c>): our value must be
/// one of the spec's own resolutions of it (its past or future reading), with the same clock time;</item>
/// <item>a clock time written without its date (<c>T08:40</c>): our time of day on the reference date;</item>
/// <item>the same interval written as a period (<c>2017-Q1</c> = <c>(2017-01-01,2017-04-01,P3M)</c>);</item>
/// <item>a range: our first point starts on the range's first day and our length equals its length, or our last point
/// starts on its end day (Recognizers writes the start of the last point: <c>2014 to 2018</c> = <c>(2014-01-01,2018-01-01,P4Y)</c>);</item>
/// <item>a season without a year (<c>SU</c>) and ours with the year resolved; a quarter duration <c>P1Q</c> = <c>P3M</c>;</item>
/// <item>a vague amount (<c>several weeks</c>): TIMEX3 writes <c>PXW</c>, Recognizers writes 3 (<c>P3W</c>); only when
/// the caller says the text has such a word.</item>
/// </list>
/// </summary>
internal static class TimexEquivalence
{
    public static bool Matches(TimeExpression ours, string timex, IReadOnlyList<string> resolutions, bool vague = false)
    {
        var value = Canonical(ours.Value);
        var theirs = Canonical(timex);
        if (value == theirs) return true;
        if (vague && value.Contains('X', StringComparison.Ordinal) && value.Replace("X", "3", StringComparison.Ordinal) == theirs) return true;
        if (theirs.StartsWith('(')) return MatchesRange(ours, value, theirs);
        if (theirs.StartsWith('T')) return value.EndsWith(theirs, StringComparison.Ordinal) && value.IndexOf('T', StringComparison.Ordinal) == 10;
        if (theirs is "SP" or "SU" or "FA" or "WI") return value.Length == 7 && value.EndsWith("-" + theirs, StringComparison.Ordinal);
        if (theirs.Contains('X', StringComparison.Ordinal)) return MatchesOpen(value, theirs, resolutions);
        return false;
    }

    /// <summary>Writes a whole hour with its minutes and a quarter duration in months.</summary>
    private static string Canonical(string v)
    {
        var t = v.IndexOf('T', StringComparison.Ordinal);
        if (t >= 0 && t + 3 <= v.Length && (t == 0 || v[t - 1] != 'P') && IsDigits(v, t + 1, 2) && (t + 3 == v.Length || v[t + 3] is 'Z' or '+' or '-'))
        {
            v = v[..(t + 3)] + ":00" + v[(t + 3)..];
        }
        if (v.Length >= 3 && v[0] == 'P' && v[^1] == 'Q' && int.TryParse(v.AsSpan(1, v.Length - 2), NumberStyles.None, CultureInfo.InvariantCulture, out var q))
        {
            v = string.Create(CultureInfo.InvariantCulture, $"P{q * 3}M");
        }
        return v;
    }

    private static bool IsDigits(string s, int start, int count)
    {
        for (var i = start; i < start + count; i++)
        {
            if (i >= s.Length || !char.IsAsciiDigit(s[i])) return false;
        }
        return true;
    }

    /// <summary>An open timex: same clock part, and our date one of the spec's resolutions (or the pattern when it gives none).</summary>
    private static bool MatchesOpen(string value, string timex, IReadOnlyList<string> resolutions)
    {
        var (ourDate, ourTime) = Split(value);
        var (theirDate, theirTime) = Split(timex);
        if (ourTime != theirTime) return false;
        if (resolutions.Count == 0) return Wildcard(ourDate, theirDate);
        foreach (var r in resolutions)
        {
            if (r.Length >= ourDate.Length && r.StartsWith(ourDate, StringComparison.Ordinal) && (ourDate.Length == 10 || Wildcard(ourDate, theirDate))) return true;
        }
        return false;
    }

    private static (string Date, string Time) Split(string v)
    {
        var t = v.IndexOf('T', StringComparison.Ordinal);
        return t < 0 ? (v, "") : (v[..t], v[t..]);
    }

    /// <summary>Same length, and every character equal or an X in the timex.</summary>
    private static bool Wildcard(string ours, string pattern)
    {
        if (ours.Length != pattern.Length) return false;
        for (var i = 0; i < ours.Length; i++)
        {
            if (pattern[i] != ours[i] && !(pattern[i] == 'X' && char.IsAsciiDigit(ours[i]))) return false;
        }
        return true;
    }

    private static bool MatchesRange(TimeExpression ours, string value, string timex)
    {
        var parts = timex.Trim('(', ')').Split(',');
        if (parts.Length != 3) return false;
        if (ours.RangeBegin == null)
        {
            return Interval(value) is { } mine && Interval(parts[0], parts[1]) is { } range
                ? mine == range
                : Interval(value) is { } m2 && Wildcard(Day(m2.Item1), parts[0]) && Wildcard(Day(m2.Item2), parts[1]);
        }
        if (Interval(Canonical(ours.RangeBegin)) is not { } begin || !Wildcard(Day(begin.Item1), parts[0])) return false;
        if (value == parts[2]) return true;
        return Interval(Canonical(ours.RangeEnd ?? "")) is { } end && Wildcard(Day(end.Item1), parts[1]);
    }

    private static string Day(DateOnly d) => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static (DateOnly, DateOnly)? Interval(string begin, string end) =>
        DateOnly.TryParseExact(begin, "yyyy-MM-dd", out var b) && DateOnly.TryParseExact(end, "yyyy-MM-dd", out var e) ? (b, e) : null;

    /// <summary>The days a value covers, as [start, end).</summary>
    private static (DateOnly, DateOnly)? Interval(string v)
    {
        var inv = CultureInfo.InvariantCulture;
        if (v.Length >= 10 && DateOnly.TryParseExact(v[..10], "yyyy-MM-dd", out var day)) return (day, day.AddDays(1));
        if (v.Length == 4 && int.TryParse(v, inv, out var y) && y > 0) return (new DateOnly(y, 1, 1), new DateOnly(y + 1, 1, 1));
        if (v.Length == 3 && int.TryParse(v, inv, out var dec) && dec > 0) return (new DateOnly(dec * 10, 1, 1), new DateOnly(dec * 10 + 10, 1, 1));
        if (v.Length == 2 && int.TryParse(v, inv, out var cen) && cen > 0) return (new DateOnly(cen * 100, 1, 1), new DateOnly(cen * 100 + 100, 1, 1));
        if (v.Length == 7 && v[4] == '-' && int.TryParse(v.AsSpan(0, 4), inv, out y) && y > 0)
        {
            if (int.TryParse(v.AsSpan(5), inv, out var m) && m is >= 1 and <= 12) return (new DateOnly(y, m, 1), new DateOnly(y, m, 1).AddMonths(1));
            if (v[5] == 'Q' && v[6] is >= '1' and <= '4') return (new DateOnly(y, (v[6] - '1') * 3 + 1, 1), new DateOnly(y, (v[6] - '1') * 3 + 1, 1).AddMonths(3));
            if (v[5] == 'H' && v[6] is '1' or '2') return (new DateOnly(y, (v[6] - '1') * 6 + 1, 1), new DateOnly(y, (v[6] - '1') * 6 + 1, 1).AddMonths(6));
        }
        if (v.Length >= 8 && v[5] == 'W' && int.TryParse(v.AsSpan(0, 4), inv, out y) && int.TryParse(v.AsSpan(6, 2), inv, out var w) && w is >= 1 and <= 53)
        {
            var monday = DateOnly.FromDateTime(ISOWeek.ToDateTime(y, w, DayOfWeek.Monday));
            return v.EndsWith("-WE", StringComparison.Ordinal) ? (monday.AddDays(5), monday.AddDays(7)) : (monday, monday.AddDays(7));
        }
        return null;
    }
}
