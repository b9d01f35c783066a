namespace Dateline.Extraction.Times;

/// <summary>Dates relative to the reference date: today, last week, next Tuesday, two days ago, in three weeks, now, recently.</summary>
internal sealed partial class TimeGrammar
{
    private bool TryRelative(int i, out int end, out TimeSpec spec)
    {
        end = i;
        spec = null!;
        switch (Kind(i))
        {
            case WordKind.DayWord: return TryDayWord(i, out end, out spec);
            case WordKind.Shift: return TryShift(i, i, out end, out spec);
            case WordKind.Article when Value(i) == 0 && Kind(i + 1) == WordKind.Shift: return TryShift(i, i + 1, out end, out spec);
            case WordKind.Article when Value(i) == 0: return TryTheReference(i, out end, out spec);
            case WordKind.EarlierLater: return TryEarlierLater(i, out end, out spec);
            case WordKind.Reference:
                if (Extra(i) == 1) return false;
                spec = new TimeSpec(SpecKind.Reference) { Direction = Value(i) };
                end = i + 1;
                return true;
            case WordKind.Connector when Value(i) == TimeLexicon.In: return TryInUnits(i, out end, out spec);
            default: return TryAgo(i, out end, out spec);
        }
    }

    /// <summary><c>today</c>, <c>yesterday morning</c>, <c>tonight</c>.</summary>
    private bool TryDayWord(int i, out int end, out TimeSpec spec)
    {
        spec = new TimeSpec(SpecKind.Relative) { Unit = TimeUnit.Day, Offset = Value(i) };
        end = i + 1;
        if (Extra(i) == 1) spec = new TimeSpec(SpecKind.Clock) { PartOfDay = "NI", Date = spec };
        else if (Kind(end) == WordKind.PartOfDay)
        {
            spec = new TimeSpec(SpecKind.Clock) { PartOfDay = TimeLexicon.PartsOfDay[Value(end)], Date = spec };
            end++;
        }
        return true;
    }

    /// <summary>After last/this/next (and <c>the</c>): a unit, weekday, month, season, part of day, or a number of units (a duration).</summary>
    private bool TryShift(int first, int i, out int end, out TimeSpec spec)
    {
        end = i;
        spec = null!;
        var shift = Value(i);
        var isPast = TextIs(i, "past");
        var next = i + 1;
        switch (Kind(next))
        {
            case WordKind.Unit when Extra(next) == 0:
                var unit = (TimeUnit)Value(next);
                if (unit is TimeUnit.Second or TimeUnit.Minute or TimeUnit.Hour) return false;
                spec = isPast || first != i && unit is TimeUnit.Decade or TimeUnit.Century
                    ? new TimeSpec(SpecKind.Duration) { Amount = 1, Unit = unit }
                    : new TimeSpec(SpecKind.Relative) { Unit = unit, Offset = shift };
                end = next + 1;
                if (unit == TimeUnit.Week && spec.Kind == SpecKind.Relative && WeekdayAfterWeek(end, out var weekday, out var weekdayEnd))
                {
                    spec = new TimeSpec(SpecKind.Weekday) { Weekday = weekday, WeekOffset = shift };
                    end = weekdayEnd;
                }
                return true;
            case WordKind.QuarterWord:
                spec = new TimeSpec(SpecKind.Relative) { Unit = TimeUnit.Quarter, Offset = shift };
                end = next + 1;
                return true;
            case WordKind.Fiscal when Kind(next + 1) == WordKind.Unit && Value(next + 1) == (int)TimeUnit.Year:
                spec = new TimeSpec(SpecKind.Calendar) { Unit = TimeUnit.Year, Fiscal = true, YearOffset = shift };
                end = next + 2;
                return true;
            case WordKind.Weekday when first == i:
                return TryWeekday(next, shift == 0 ? 2 : shift, out end, out spec);
            case WordKind.Month when first == i && !isPast:
                spec = new TimeSpec(SpecKind.Calendar) { Month = Value(next), Unit = TimeUnit.Month, Offset = shift == 0 ? 2 : shift };
                end = next + 1;
                return true;
            case WordKind.Season when !isPast:
                return TrySeason(first, next, shift == 0 ? 2 : shift, out end, out spec);
            case WordKind.PartOfDay when first == i && shift <= 0:
                var part = Value(next);
                var day = shift == -1 && part == 3 ? -1 : 0;
                if (shift == -1 && part != 3) return false;
                spec = new TimeSpec(SpecKind.Clock)
                {
                    PartOfDay = TimeLexicon.PartsOfDay[part],
                    Date = new TimeSpec(SpecKind.Relative) { Unit = TimeUnit.Day, Offset = day },
                };
                end = next + 1;
                return true;
            case WordKind.Number or WordKind.Article or WordKind.Vague:
                if (!TryAmountUnit(next, out end, out var amount, out var amountUnit, out _)) return false;
                spec = new TimeSpec(SpecKind.Duration) { Amount = amount, Unit = amountUnit, Offset = shift };
                return true;
            default:
                if (first != i && isPast)
                {
                    spec = new TimeSpec(SpecKind.Reference) { Direction = -1 };
                    end = i + 1;
                    return true;
                }
                return false;
        }
    }

    /// <summary><c>next week Friday</c>, <c>next week on Friday</c>, <c>previous week - Monday</c>: the weekday after a week.</summary>
    private bool WeekdayAfterWeek(int i, out int weekday, out int end)
    {
        var j = Is(i, TimeLexicon.On) || Kind(i) == WordKind.Dash ? i + 1 : i;
        (weekday, end) = (Value(j), j + 1);
        return Kind(j) == WordKind.Weekday && Extra(j) != 2;
    }

    /// <summary><c>Friday next week</c>, <c>Sunday of next week</c>, <c>Monday of the following week</c>: the week after a weekday, as a week offset.</summary>
    private bool WeekAfterWeekday(int i, out int offset, out int end)
    {
        var j = Is(i, TimeLexicon.Of) ? i + 1 : i;
        if (Kind(j) == WordKind.Article && Value(j) == 0 && j > i) j++;
        (offset, end) = (Value(j), j + 2);
        return Kind(j) == WordKind.Shift && !TextIs(j, "past") && Kind(j + 1) == WordKind.Unit && Value(j + 1) == (int)TimeUnit.Week && Extra(j + 1) == 0;
    }

    /// <summary><c>the future</c>; <c>the day before yesterday</c>, <c>the day after tomorrow</c>.</summary>
    private bool TryTheReference(int i, out int end, out TimeSpec spec)
    {
        end = i + 2;
        spec = null!;
        if (Kind(i + 1) == WordKind.Unit && Value(i + 1) == (int)TimeUnit.Day && Extra(i + 1) == 0 && Kind(i + 2) == WordKind.Bound
            && Kind(i + 3) == WordKind.DayWord && Value(i + 3) != 0 && (TextIs(i + 2, "before") || TextIs(i + 2, "after")))
        {
            spec = new TimeSpec(SpecKind.Relative) { Unit = TimeUnit.Day, Offset = Value(i + 3) + (TextIs(i + 2, "before") ? -1 : 1) };
            end = i + 4;
            return true;
        }
        if (Kind(i + 1) == WordKind.Reference && Extra(i + 1) == 1)
        {
            spec = new TimeSpec(SpecKind.Reference) { Direction = Value(i + 1) };
            return true;
        }
        return false;
    }

    /// <summary><c>earlier this month</c>, <c>later this year</c>, <c>earlier today</c>.</summary>
    private bool TryEarlierLater(int i, out int end, out TimeSpec spec)
    {
        end = i;
        spec = null!;
        if (Kind(i + 1) == WordKind.DayWord && Extra(i + 1) == 0)
        {
            spec = new TimeSpec(SpecKind.Relative) { Unit = TimeUnit.Day, Offset = Value(i + 1) };
            end = i + 2;
            return true;
        }
        if (Kind(i + 1) == WordKind.Shift && Value(i + 1) == 0 && Kind(i + 2) == WordKind.Unit && Extra(i + 2) == 0)
        {
            spec = new TimeSpec(SpecKind.Relative) { Unit = (TimeUnit)Value(i + 2), Offset = 0 };
            end = i + 3;
            return true;
        }
        return false;
    }

    /// <summary><c>two days ago</c>, <c>a year ago</c>, <c>three weeks from now</c>.</summary>
    private bool TryAgo(int i, out int end, out TimeSpec spec)
    {
        spec = null!;
        if (!TryAmountUnit(i, out end, out var amount, out var unit, out var adjective) || adjective || amount is not { } n || n != decimal.Truncate(n)) return false;
        var parts = ExtendCompound(ref end, new TimeSpec(SpecKind.Duration) { Amount = n, Unit = unit }).Parts;
        if (parts != null && parts.Any(p => p.Unit is TimeUnit.Hour or TimeUnit.Minute or TimeUnit.Second)) return false;
        if (Kind(end) == WordKind.Ago)
        {
            spec = RelativeBy(unit, -(int)n) with { Parts = parts };
            end++;
            return true;
        }
        if (Is(end, TimeLexicon.From) && Kind(end + 1) == WordKind.Reference && Value(end + 1) == 0)
        {
            spec = RelativeBy(unit, (int)n) with { Parts = parts };
            end += 2;
            return true;
        }
        // "two days from tomorrow", "three weeks after today", "two days before yesterday"
        var direction = Is(end, TimeLexicon.From) || TextIs(end, "after") ? 1 : TextIs(end, "before") ? -1 : 0;
        if (direction != 0 && Kind(end + 1) == WordKind.DayWord && Extra(end + 1) == 0 && unit is not (TimeUnit.Hour or TimeUnit.Minute or TimeUnit.Second))
        {
            spec = RelativeBy(unit, direction * (int)n) with { Parts = parts, DayOffset = Value(end + 1), Granularity = TimeUnit.Day };
            end += 2;
            return true;
        }
        return false;
    }

    /// <summary><c>in three weeks</c>: a date in a future-tense clause (<c>will reopen in three weeks</c>), else a duration (<c>the lowest in six years</c>).</summary>
    private bool TryInUnits(int i, out int end, out TimeSpec spec)
    {
        spec = null!;
        if (!TryAmountUnit(i + 1, out end, out var amount, out var unit, out _) || amount is not { } n || n != decimal.Truncate(n)
            || unit is TimeUnit.Second or TimeUnit.Decade or TimeUnit.Century) return false;
        spec = RelativeBy(unit, (int)n) with { Direction = 2, Amount = n };
        return true;
    }

    /// <summary>A relative date <paramref name="offset"/> units away; weeks and smaller are reported as days, as news reads them.</summary>
    private static TimeSpec RelativeBy(TimeUnit unit, int offset) => new(SpecKind.Relative)
    {
        Unit = unit,
        Offset = offset,
        Granularity = unit switch
        {
            TimeUnit.Week or TimeUnit.Fortnight or TimeUnit.Day => TimeUnit.Day,
            TimeUnit.Hour or TimeUnit.Minute or TimeUnit.Second => TimeUnit.Minute,
            _ => unit,
        },
    };
}
