namespace Dateline.Extraction.Times;

/// <summary>Calendar dates whose year may come from the reference date.</summary>
internal static partial class TimeResolver
{
    private static (string Value, bool Needed) Calendar(TimeSpec spec, DateOnly? anchor, Tense tense)
    {
        if (spec.Unit == TimeUnit.Decade) return (TimexText.Year(spec.Part ?? 0)[..3], false);
        if (spec.Unit == TimeUnit.Century) return (TimexText.Year(spec.Part ?? 0)[..2], false);
        var needed = spec.Year == null;
        var year = spec.Year ?? (anchor is { } a ? a.Year + (spec.YearOffset ?? InferYearShift(spec, a, tense)) : (int?)null);
        var y = year is { } known ? TimexText.Year(known) : "XXXX";
        var value = spec.Unit switch
        {
            _ when spec.Fiscal => "FY" + y,
            TimeUnit.Quarter => y + "-Q" + (char)('0' + spec.Part!.Value),
            TimeUnit.Half => y + "-H" + (char)('0' + spec.Part!.Value),
            TimeUnit.Season => y + "-" + TimeLexicon.Seasons[spec.Part!.Value],
            TimeUnit.Month => y + "-" + spec.Month!.Value.ToString("D2", System.Globalization.CultureInfo.InvariantCulture),
            TimeUnit.Day => DayValue(spec, year, anchor, tense),
            _ => y,
        };
        return (value, needed);
    }

    private static string DayValue(TimeSpec spec, int? year, DateOnly? anchor, Tense tense)
    {
        if (spec.Month == null) return DayOfSomeMonth(spec, anchor, tense);
        if (year is not { } y) return "XXXX" + TimexText.Day(0, spec.Month!.Value, spec.Day!.Value)[4..];
        if (spec.Year == null && spec.Month == 2 && spec.Day == 29 && !DateTime.IsLeapYear(y))
        {
            // 29 February without a year: the nearest leap year on the side the tense points to.
            var step = tense == Tense.Future ? 1 : -1;
            while (!DateTime.IsLeapYear(y)) y += step;
            return TimexText.Day(y, 2, 29);
        }
        if (spec.Year == null && anchor is { } a && DateOnly.TryParseExact(TimexText.Day(y, spec.Month!.Value, spec.Day!.Value), "yyyy-MM-dd", out var d))
        {
            // New Year roll-over: a date without a year more than half a year away from the reference date
            // belongs to the neighbouring year (late December read in early January, and the reverse).
            if (d.DayNumber - a.DayNumber > 183) y--;
            else if (a.DayNumber - d.DayNumber > 183) y++;
        }
        if (spec.Year == null && spec.Day!.Value > DateTime.DaysInMonth(y, spec.Month!.Value)) return "XXXX" + TimexText.Day(0, spec.Month!.Value, spec.Day!.Value)[4..];
        return TimexText.Day(y, spec.Month!.Value, spec.Day!.Value);
    }

    /// <summary>
    /// A day number without its month: the month <see cref="TimeSpec.MonthOffset"/> away; else, with a weekday
    /// (<c>Friday the 15th</c>), the nearest month whose day falls on it; else the reference month, or the one before
    /// in a past-tense clause when the day is still to come, or the one after in a future-tense clause when it has gone.
    /// </summary>
    private static string DayOfSomeMonth(TimeSpec spec, DateOnly? anchor, Tense tense)
    {
        var day = spec.Day!.Value;
        if (anchor is not { } a) return "XXXX-XX-" + day.ToString("D2", System.Globalization.CultureInfo.InvariantCulture);
        var first = new DateOnly(a.Year, a.Month, 1);
        if (spec.MonthOffset is { } offset) return Written(first.AddMonths(offset), day);
        if (spec.Weekday > 0)
        {
            foreach (var shift in (int[])[0, -1, 1, -2, 2])
            {
                var month = first.AddMonths(shift);
                if (day <= DateTime.DaysInMonth(month.Year, month.Month) && IsoDay(new DateOnly(month.Year, month.Month, day)) == spec.Weekday)
                {
                    return Written(month, day);
                }
            }
        }
        var move = tense == Tense.Past && day > a.Day ? -1 : tense == Tense.Future && day < a.Day ? 1 : 0;
        return Written(first.AddMonths(move), day);
    }

    private static string Written(DateOnly month, int day) => TimexText.Day(month.Year, month.Month, day);

    private static int IsoDay(DateOnly d) => d.DayOfWeek == DayOfWeek.Sunday ? 7 : (int)d.DayOfWeek;

    /// <summary>
    /// Which year a month, quarter or season without one belongs to: the reference year, unless a past-tense
    /// clause names a later part (last year's) or a future-tense clause an earlier one (next year's), or
    /// last/next says so.
    /// </summary>
    private static int InferYearShift(TimeSpec spec, DateOnly a, Tense tense)
    {
        int part, current;
        switch (spec.Unit)
        {
            case TimeUnit.Month: (part, current) = (spec.Month ?? 0, a.Month); break;
            case TimeUnit.Quarter: (part, current) = (spec.Part ?? 0, (a.Month - 1) / 3 + 1); break;
            case TimeUnit.Half: (part, current) = (spec.Part ?? 0, (a.Month - 1) / 6 + 1); break;
            case TimeUnit.Season: (part, current) = (spec.Part ?? 0, a.Month switch { 3 or 4 or 5 => 0, 6 or 7 or 8 => 1, 9 or 10 or 11 => 2, _ => 3 }); break;
            default: return 0;
        }
        return spec.Offset switch
        {
            -1 => part < current ? 0 : -1,
            1 => part > current ? 0 : 1,
            2 => 0,
            _ when tense == Tense.Past && part > current => -1,
            _ when tense == Tense.Future && part < current => 1,
            _ => 0,
        };
    }
}
