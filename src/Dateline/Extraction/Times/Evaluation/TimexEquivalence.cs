using System.Globalization;

namespace Dateline.Extraction.Times.Evaluation;

/// <summary>
/// Compares a TIMEX3 value with a Recognizers-Text TIMEX: equal strings; a resolution of a timex that leaves the
/// year or week open (<c>XXXX-10-14</c> resolved either way); the same interval written as a period
/// (<c>2017-Q1</c> = <c>(2017-01-01,2017-04-01,P3M)</c>); a clock time written without its date (<c>T08:40</c>).
/// </summary>
internal static class TimexEquivalence
{
    public static bool Matches(TimeExpression ours, string timex, IReadOnlyList<string> resolutions)
    {
        var value = ours.RangeBegin != null ? $"({ours.RangeBegin},{ours.RangeEnd},{ours.Value})" : ours.Value;
        if (value == timex || ours.Value == timex) return true;
        if (timex.Contains('X', StringComparison.Ordinal) && resolutions.Contains(ours.Value)) return true;
        if (timex.StartsWith('T') && ours.Value.EndsWith(timex, StringComparison.Ordinal)) return true;
        if (timex.StartsWith('(') && Interval(ours.Value) is { } mine && Interval(timex) is { } theirs) return mine == theirs;
        if (timex.StartsWith('(') && ours.RangeBegin != null)
        {
            var parts = timex.Trim('(', ')').Split(',');
            return parts.Length == 3 && parts[0] == ours.RangeBegin && parts[1] == ours.RangeEnd;
        }
        return false;
    }

    /// <summary>The days a value covers, as [start, end).</summary>
    private static (DateOnly, DateOnly)? Interval(string v)
    {
        var inv = CultureInfo.InvariantCulture;
        if (v.StartsWith('('))
        {
            var parts = v.Trim('(', ')').Split(',');
            return parts.Length == 3 && DateOnly.TryParseExact(parts[0], "yyyy-MM-dd", out var b) && DateOnly.TryParseExact(parts[1], "yyyy-MM-dd", out var e)
                ? (b, e) : null;
        }
        if (v.Length == 4 && int.TryParse(v, inv, out var y)) return (new DateOnly(y, 1, 1), new DateOnly(y + 1, 1, 1));
        if (v.Length == 7 && v[4] == '-' && int.TryParse(v.AsSpan(0, 4), inv, out y))
        {
            if (int.TryParse(v.AsSpan(5), inv, out var m) && m is >= 1 and <= 12) return (new DateOnly(y, m, 1), new DateOnly(y, m, 1).AddMonths(1));
            if (v[5] == 'Q' && v[6] is >= '1' and <= '4') return (new DateOnly(y, (v[6] - '1') * 3 + 1, 1), new DateOnly(y, (v[6] - '1') * 3 + 1, 1).AddMonths(3));
            if (v[5] == 'H' && v[6] is '1' or '2') return (new DateOnly(y, (v[6] - '1') * 6 + 1, 1), new DateOnly(y, (v[6] - '1') * 6 + 1, 1).AddMonths(6));
        }
        if (v.Length == 8 && v[5] == 'W' && int.TryParse(v.AsSpan(0, 4), inv, out y) && int.TryParse(v.AsSpan(6), inv, out var w))
        {
            var monday = DateOnly.FromDateTime(ISOWeek.ToDateTime(y, w, DayOfWeek.Monday));
            return (monday, monday.AddDays(7));
        }
        return null;
    }
}
