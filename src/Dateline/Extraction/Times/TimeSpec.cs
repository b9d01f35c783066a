namespace Dateline.Extraction.Times;

/// <summary>
/// What a time expression says, as the grammar read it; <see cref="TimeResolver"/> turns it into a TIMEX3
/// value against a reference date. Unused fields keep their defaults.
/// </summary>
internal sealed record TimeSpec(SpecKind Kind)
{
    /// <summary>Absolute year, or null.</summary>
    public int? Year { get; init; }

    /// <summary>Year relative to the reference year (<c>last year</c> = -1), used when <see cref="Year"/> is null.</summary>
    public int? YearOffset { get; init; }

    /// <summary>For a day without its month: months from the reference month (<c>of next month</c> = 1), or null to infer.</summary>
    public int? MonthOffset { get; init; }

    /// <summary>For a weekday: weeks from the reference date's ISO week (<c>Friday next week</c> = 1), or null.</summary>
    public int? WeekOffset { get; init; }

    /// <summary>Month 1..12, or null.</summary>
    public int? Month { get; init; }

    /// <summary>Day of month, or null.</summary>
    public int? Day { get; init; }

    /// <summary>Quarter 1..4 (or half 1..2 when <see cref="Unit"/> is Half), season index, or decade start year, by <see cref="Unit"/>.</summary>
    public int? Part { get; init; }

    /// <summary>True for a fiscal year (<c>FY2022</c>).</summary>
    public bool Fiscal { get; init; }

    /// <summary>The granularity: the unit of a relative date, duration or set, or the part of a calendar date.</summary>
    public TimeUnit Unit { get; init; }

    /// <summary>Units to move (Relative), or direction for weekdays (-1 last, +1 next, 0 by tense, 2 this week's).</summary>
    public int Offset { get; init; }

    /// <summary>For Relative: report the result at this granularity instead of <see cref="Unit"/>.</summary>
    public TimeUnit Granularity { get; init; }

    /// <summary>ISO weekday 1..7 (Weekday, Set), or 0.</summary>
    public int Weekday { get; init; }

    /// <summary>Amount of a duration or set period; null for an unspecified amount (<c>PXY</c>).</summary>
    public decimal? Amount { get; init; }

    /// <summary>All amounts of a compound duration (<c>1 year 1 month 21 days</c>), or null for a single one.</summary>
    public IReadOnlyList<(decimal Amount, TimeUnit Unit)>? Parts { get; init; }

    /// <summary>For Relative: days to move the reference date first (<c>two days from tomorrow</c> = 1).</summary>
    public int DayOffset { get; init; }

    /// <summary>Hour of a clock time, or null.</summary>
    public int? Hour { get; init; }

    /// <summary>Minute of a clock time.</summary>
    public int Minute { get; init; }

    /// <summary>Second of a clock time, or null when none was written.</summary>
    public int? Second { get; init; }

    /// <summary>Part-of-day code (MO, AF, EV, NI), or null.</summary>
    public string? PartOfDay { get; init; }

    /// <summary>Index into <see cref="TimeLexicon.Zones"/>, or -1.</summary>
    public int Zone { get; init; } = -1;

    /// <summary>TIMEX3 mod, or null.</summary>
    public string? Mod { get; init; }

    /// <summary>Reference direction (Reference): -1 past, 0 present, +1 future.</summary>
    public int Direction { get; init; }

    /// <summary>The date of a clock time, or the first point of a range.</summary>
    public TimeSpec? Date { get; init; }

    /// <summary>The last point of a range.</summary>
    public TimeSpec? Until { get; init; }
}
