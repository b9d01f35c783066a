namespace Dateline.Extraction.Times;

/// <summary>
/// Turns a <see cref="TimeSpec"/> into a TIMEX3 value against a reference date (the article's publication
/// date, or the speech-act date for a quotation). Without a reference date, the parts that need it are
/// written as <c>X</c> and the result is marked not anchored. Pure: no clock, no state.
/// </summary>
internal static partial class TimeResolver
{
    /// <summary>Resolves <paramref name="spec"/> against <paramref name="anchor"/> in a clause of tense <paramref name="tense"/>.</summary>
    public static ResolvedTime Resolve(TimeSpec spec, DateOnly? anchor, Tense tense) => spec.Kind switch
    {
        SpecKind.Reference => new(TimeType.Date, spec.Direction switch { < 0 => "PAST_REF", > 0 => "FUTURE_REF", _ => "PRESENT_REF" }, null, null, true, false),
        SpecKind.Duration => Duration(spec, anchor),
        SpecKind.Set => new(TimeType.Set, SetValue(spec), null, null, true, false),
        SpecKind.Clock => Clock(spec, anchor, tense),
        SpecKind.Range => Range(spec, anchor, tense),
        SpecKind.Relative when spec.Direction == 2 && tense != Tense.Future =>
            new(TimeType.Duration, TimexText.Duration(spec.Amount, spec.Unit), null, null, true, false),
        _ => Point(spec, anchor, tense),
    };

    /// <summary>A length; <c>the next 3 days</c> and <c>the past 3 weeks</c> also get their first and last day from the reference date.</summary>
    private static ResolvedTime Duration(TimeSpec spec, DateOnly? anchor)
    {
        var value = spec.Parts != null ? TimexText.Compound(spec.Parts) : TimexText.Duration(spec.Amount, spec.Unit);
        if (spec.Offset == 0 || anchor is not { } a || spec.Amount is not { } n || n != decimal.Truncate(n) || spec.Parts != null
            || spec.Unit is TimeUnit.Hour or TimeUnit.Minute or TimeUnit.Second or TimeUnit.Weekend or TimeUnit.Quarter or TimeUnit.Half or TimeUnit.Season)
        {
            return new(TimeType.Duration, value, null, null, true, false);
        }
        var (begin, end) = spec.Offset > 0
            ? (a.AddDays(1), Shift(a.AddDays(1), spec.Unit, (int)n))
            : (Shift(a, spec.Unit, -(int)n), a);
        return new(TimeType.Duration, value, TimexText.Day(begin), TimexText.Day(end), true, true);
    }

    private static string SetValue(TimeSpec spec)
    {
        if (spec.Hour is { } hour)
        {
            var day = spec.Weekday > 0 ? "XXXX-WXX-" + (char)('0' + spec.Weekday) : "XXXX-XX-XX";
            return day + string.Create(System.Globalization.CultureInfo.InvariantCulture, $"T{hour:D2}:{spec.Minute:D2}");
        }
        if (spec.Weekday > 0) return "XXXX-WXX-" + (char)('0' + spec.Weekday);
        if (spec.PartOfDay != null) return "XXXX-XX-XXT" + spec.PartOfDay;
        return TimexText.Duration(spec.Amount, spec.Unit);
    }

    /// <summary>A date of any granularity; with <see cref="ResolvedTime.UsedAnchor"/> when it needed the reference date.</summary>
    private static ResolvedTime Point(TimeSpec spec, DateOnly? anchor, Tense tense)
    {
        var (value, needed) = spec.Kind switch
        {
            SpecKind.Relative => Relative(spec, anchor),
            SpecKind.Weekday => Weekday(spec, anchor, tense),
            _ => Calendar(spec, anchor, tense),
        };
        return new ResolvedTime(TimeType.Date, value, null, null, !needed || anchor != null, needed && anchor != null);
    }

    private static ResolvedTime Clock(TimeSpec spec, DateOnly? anchor, Tense tense)
    {
        var date = Point(spec.Date ?? new TimeSpec(SpecKind.Relative) { Unit = TimeUnit.Day }, anchor, tense);
        var time = spec.Hour == null && spec.PartOfDay != null ? spec.PartOfDay
            : spec.Second is { } second ? string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{spec.Hour:D2}:{spec.Minute:D2}:{second:D2}")
            : string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{spec.Hour:D2}:{spec.Minute:D2}");
        var day = DateOnly.TryParseExact(date.Value, "yyyy-MM-dd", out var d) ? d : (DateOnly?)null;
        return date with { Type = TimeType.Time, Value = date.Value + "T" + time + TimexText.Zone(spec.Zone, day) };
    }

    private static ResolvedTime Range(TimeSpec spec, DateOnly? anchor, Tense tense)
    {
        var begin = Resolve(spec.Date!, anchor, tense);
        var end = Resolve(spec.Until!, anchor, tense);
        if (DateOnly.TryParseExact(begin.Value, "yyyy-MM-dd", out var b) && DateOnly.TryParseExact(end.Value, "yyyy-MM-dd", out var e) && e < b)
        {
            // The last point of a range comes after the first: "from next Monday to Friday", "from December 20 to January 5".
            if (spec.Until!.Kind == SpecKind.Weekday && spec.Until.Offset == 0) end = end with { Value = TimexText.Day(e.AddDays(7 * ((b.DayNumber - e.DayNumber + 6) / 7))) };
            else if (spec.Until!.Kind == SpecKind.Calendar && spec.Until.Year == null) end = end with { Value = TimexText.Day(e.AddYears(1)) };
        }
        else if (begin.Value.Length == 7 && end.Value.Length == 7 && begin.Value[4] == '-' && end.Value[4] == '-' && char.IsAsciiDigit(end.Value[5])
            && string.CompareOrdinal(end.Value, begin.Value) < 0 && spec.Until!.Year == null && int.TryParse(end.Value.AsSpan(0, 4), out var endYear))
        {
            end = end with { Value = TimexText.Year(endYear + 1) + end.Value[4..] };
        }
        var value = Between(begin.Value, end.Value);
        return new ResolvedTime(TimeType.Duration, value, begin.Value, end.Value, begin.Anchored && end.Anchored, begin.UsedAnchor || end.UsedAnchor);
    }

    /// <summary>The length from one point to another of the same granularity (<c>P2D</c>, <c>P2Y</c>), or <c>PXD</c>-style when unknown.</summary>
    private static string Between(string begin, string end)
    {
        if (DateOnly.TryParseExact(begin, "yyyy-MM-dd", out var b) && DateOnly.TryParseExact(end, "yyyy-MM-dd", out var e))
        {
            return TimexText.Duration(e.DayNumber - b.DayNumber, TimeUnit.Day);
        }
        if (begin.Length == 4 && end.Length == 4 && int.TryParse(begin, out var by) && int.TryParse(end, out var ey))
        {
            return TimexText.Duration(ey - by, TimeUnit.Year);
        }
        if (begin.Length == 7 && end.Length == 7 && begin[4] == '-' && end[4] == '-'
            && int.TryParse(begin.AsSpan(0, 4), out var bY) && int.TryParse(begin.AsSpan(5), out var bM)
            && int.TryParse(end.AsSpan(0, 4), out var eY) && int.TryParse(end.AsSpan(5), out var eM))
        {
            return TimexText.Duration((eY - bY) * 12 + eM - bM, TimeUnit.Month);
        }
        return TimexText.Duration(null, begin.Length == 4 ? TimeUnit.Year : TimeUnit.Day);
    }

    private static (string Value, bool Needed) Relative(TimeSpec spec, DateOnly? anchor)
    {
        var granularity = spec.Granularity == TimeUnit.None ? spec.Unit : spec.Granularity;
        if (anchor is not { } a) return (Placeholder(granularity), true);
        a = a.AddDays(spec.DayOffset);
        if (spec.Parts != null)
        {
            var sign = spec.Offset < 0 ? -1 : 1;
            foreach (var (amount, unit) in spec.Parts) a = Shift(a, unit, sign * (int)amount);
            return (TimexText.Day(a), true);
        }
        var n = spec.Offset;
        return granularity switch
        {
            TimeUnit.Day or TimeUnit.Minute => (TimexText.Day(Shift(a, spec.Unit, n)), true),
            TimeUnit.Week => (TimexText.Week(a.AddDays(7 * n)), true),
            TimeUnit.Fortnight => (TimexText.Week(a.AddDays(14 * n)), true),
            TimeUnit.Weekend => (TimexText.Week(a.AddDays(7 * n)) + "-WE", true),
            TimeUnit.Month => (TimexText.Month(a.AddMonths(n).Year, a.AddMonths(n).Month), true),
            TimeUnit.Quarter => (QuarterOf(a.AddMonths(3 * n), 3, "Q"), true),
            TimeUnit.Half => (QuarterOf(a.AddMonths(6 * n), 6, "H"), true),
            TimeUnit.Decade => ((a.Year / 10 + n).ToString(System.Globalization.CultureInfo.InvariantCulture), true),
            TimeUnit.Century => ((a.Year / 100 + n).ToString(System.Globalization.CultureInfo.InvariantCulture), true),
            _ => (TimexText.Year(a.Year + n), true),
        };
    }

    private static DateOnly Shift(DateOnly a, TimeUnit unit, int n) => unit switch
    {
        TimeUnit.Week => a.AddDays(7 * n),
        TimeUnit.Fortnight => a.AddDays(14 * n),
        TimeUnit.Month => a.AddMonths(n),
        TimeUnit.Year => a.AddYears(n),
        TimeUnit.Day => a.AddDays(n),
        TimeUnit.Decade => a.AddYears(10 * n),
        TimeUnit.Century => a.AddYears(100 * n),
        _ => a,
    };

    private static string QuarterOf(DateOnly d, int months, string letter) =>
        TimexText.Year(d.Year) + "-" + letter + (char)('1' + (d.Month - 1) / months);

    private static string Placeholder(TimeUnit granularity) => granularity switch
    {
        TimeUnit.Day or TimeUnit.Minute => "XXXX-XX-XX",
        TimeUnit.Week or TimeUnit.Fortnight => "XXXX-WXX",
        TimeUnit.Weekend => "XXXX-WXX-WE",
        TimeUnit.Month => "XXXX-XX",
        TimeUnit.Quarter => "XXXX-QX",
        TimeUnit.Half => "XXXX-HX",
        TimeUnit.Decade => "XXX",
        TimeUnit.Century => "XX",
        _ => "XXXX",
    };

    /// <summary>
    /// A weekday by news practice: the reference day itself when it matches; otherwise the past occurrence in
    /// a past-tense clause, the coming one in a future-tense clause, and the nearer one when the tense says nothing.
    /// <c>last</c>/<c>next</c> take the occurrence before/after the reference date; <c>this</c> the one in its ISO week.
    /// </summary>
    private static (string Value, bool Needed) Weekday(TimeSpec spec, DateOnly? anchor, Tense tense)
    {
        if (anchor is not { } a) return ("XXXX-WXX-" + (char)('0' + spec.Weekday), true);
        var today = (int)a.DayOfWeek == 0 ? 7 : (int)a.DayOfWeek;
        if (spec.WeekOffset is { } weeks) return (TimexText.Day(a.AddDays(7 * weeks + spec.Weekday - today)), true);
        var back = (today - spec.Weekday + 7) % 7;
        var ahead = (spec.Weekday - today + 7) % 7;
        int delta = spec.Offset switch
        {
            -1 => back == 0 ? -7 : -back,
            1 => ahead == 0 ? 7 : ahead,
            2 => spec.Weekday - today,
            _ when back == 0 => 0,
            _ when tense == Tense.Past => -back,
            _ when tense == Tense.Future => ahead,
            _ => back <= ahead ? -back : ahead,
        };
        return (TimexText.Day(a.AddDays(delta)), true);
    }
}
