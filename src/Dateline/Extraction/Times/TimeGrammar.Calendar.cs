namespace Dateline.Extraction.Times;

/// <summary>Calendar dates: month and day in either order, numeric dates, years, decades, quarters, halves, fiscal years, seasons and weekdays.</summary>
internal sealed partial class TimeGrammar
{
    private bool TryCalendar(int i, out int end, out TimeSpec spec)
    {
        end = i;
        spec = null!;
        switch (Kind(i))
        {
            case WordKind.Month: return TryMonthFirst(i, out end, out spec);
            case WordKind.Number or WordKind.Ordinal:
                return TryCentury(i, out end, out spec) || TryDayFirst(i, out end, out spec) || TryQuarter(i, out end, out spec) || TryMonthNumberYear(i, out end, out spec)
                    || TryYear(i, out end, out spec) || TryDayOnly(i, false, out end, out spec);
            case WordKind.NumericDate:
                var v = Value(i);
                if (Extra(i) == 1 && !IsNumericDateCue(i - 1) && !EndsDay(i + 1)) return false;
                spec = new TimeSpec(SpecKind.Calendar)
                {
                    Year = v >= 10000 ? v / 10000 : null, Month = v / 100 % 100, Day = v % 100 == 0 ? null : v % 100,
                    Unit = v % 100 == 0 ? TimeUnit.Month : TimeUnit.Day,
                };
                end = i + 1;
                return true;
            case WordKind.Decade:
                if (Extra(i) == 1 && !(Kind(i - 1) == WordKind.Article && Value(i - 1) == 0)) return false;
                spec = new TimeSpec(SpecKind.Calendar) { Unit = TimeUnit.Decade, Part = Value(i) };
                end = i + 1;
                return true;
            case WordKind.Article when Value(i) == 0:
                return TryAfterThe(i, out end, out spec);
            case WordKind.QuarterCode: return TryQuarterCode(i, out end, out spec);
            case WordKind.Fiscal: return TryFiscal(i, out end, out spec);
            case WordKind.Season: return TrySeason(i, i, 0, out end, out spec);
            case WordKind.Weekday when Extra(i) == 2:
                spec = new TimeSpec(SpecKind.Set) { Weekday = Value(i) };
                end = i + 1;
                return true;
            case WordKind.Weekday: return TryWeekday(i, 0, out end, out spec);
            default: return false;
        }
    }

    /// <summary><c>the 16th of February</c>, <c>the 1990s</c>, <c>the first quarter</c>, <c>the fiscal year</c>, <c>the spring</c>.</summary>
    private bool TryAfterThe(int i, out int end, out TimeSpec spec)
    {
        end = i;
        spec = null!;
        var k = Kind(i + 1);
        if (k is WordKind.Ordinal or WordKind.Number && (TryCentury(i + 1, out end, out spec) || TryDayFirst(i + 1, out end, out spec) || TryQuarter(i + 1, out end, out spec)
            || TryDayOnly(i + 1, true, out end, out spec))) return true;
        if (k == WordKind.Decade) return TryCalendar(i + 1, out end, out spec);
        if (YearAt(i + 1, out var decade) && decade % 10 == 0 && (TextIs(i + 2, "'s") || TextIs(i + 2, "\u2019s")))
        {
            spec = new TimeSpec(SpecKind.Calendar) { Unit = TimeUnit.Decade, Part = decade };
            end = i + 3;
            return true;
        }
        if (k == WordKind.Fiscal && TryFiscal(i + 1, out end, out spec)) return true;
        if (k == WordKind.Season) return TrySeason(i, i + 1, 0, out end, out spec);
        if (k == WordKind.Unit && Value(i + 1) == (int)TimeUnit.Year && YearAt(i + 2, out var year))
        {
            spec = YearSpec(year);
            end = i + 3;
            return true;
        }
        return false;
    }

    private bool TryMonthFirst(int i, out int end, out TimeSpec spec)
    {
        var month = Value(i);
        var next = i + 1;
        if (Kind(next) == WordKind.Article && Value(next) == 0 && Kind(next + 1) == WordKind.Ordinal) next++;
        if (DayAt(next, out var day, out var afterDay) && !(Kind(afterDay) == WordKind.Unit) && !(Kind(afterDay) == WordKind.AmPm))
        {
            spec = new TimeSpec(SpecKind.Calendar) { Month = month, Day = day, Unit = TimeUnit.Day };
            end = afterDay;
            AppendYear(ref end, ref spec);
            return true;
        }
        spec = new TimeSpec(SpecKind.Calendar) { Month = month, Unit = TimeUnit.Month };
        end = i + 1;
        var yearAt = Kind(end) is WordKind.Comma or WordKind.Dash || Is(end, TimeLexicon.Of) ? end + 1 : end;
        if (YearAt(yearAt, out var year))
        {
            spec = spec with { Year = year };
            end = yearAt + 1;
        }
        return true;
    }

    private void AppendYear(ref int end, ref TimeSpec spec)
    {
        var at = Kind(end) == WordKind.Comma || Is(end, TimeLexicon.Of) ? end + 1 : end;
        if (YearAt(at, out var year) && !(Kind(at + 1) == WordKind.Unit))
        {
            spec = spec with { Year = year };
            end = at + 1;
        }
    }

    private bool TryDayFirst(int i, out int end, out TimeSpec spec)
    {
        end = i;
        spec = null!;
        if (!DayAt(i, out var day, out var next)) return false;
        if (words[i].Start > 0 && text[words[i].Start - 1] is '$' or '€' or '£' or '¥' or '₹') return false;
        if (Is(next, TimeLexicon.Of)) next++;
        if (Kind(next) != WordKind.Month) return false;
        spec = new TimeSpec(SpecKind.Calendar) { Month = Value(next), Day = day, Unit = TimeUnit.Day };
        end = next + 1;
        AppendYear(ref end, ref spec);
        return true;
    }

    /// <summary><c>21st century</c>, <c>the nineteenth century</c>: the hundred years that TIMEX3 writes <c>20</c>, <c>18</c>.</summary>
    private bool TryCentury(int i, out int end, out TimeSpec spec)
    {
        end = i;
        spec = null!;
        if (!DayAt(i, out var n, out var next) || Kind(i) == WordKind.Number) return false;
        if (Kind(next) == WordKind.Dash) next++;
        if (Kind(next) != WordKind.Unit || Value(next) != (int)TimeUnit.Century || Extra(next) != 0 || n is < 1 or > 30) return false;
        spec = new TimeSpec(SpecKind.Calendar) { Unit = TimeUnit.Century, Part = (n - 1) * 100 };
        end = next + 1;
        return true;
    }

    /// <summary>A day of the month: <c>16</c>, <c>16th</c>, <c>sixteenth</c>, <c>twenty-first</c>.</summary>
    private bool DayAt(int i, out int day, out int next)
    {
        day = 0;
        next = i + 1;
        var k = Kind(i);
        if (k == WordKind.Number && Value(i) == 20 || k == WordKind.Number && Value(i) == 30)
        {
            var j = Kind(i + 1) == WordKind.Dash ? i + 2 : i + 1;
            if (Kind(j) == WordKind.Ordinal && Value(j) is >= 1 and <= 9 && Extra(i) == 0)
            {
                day = Value(i) + Value(j);
                next = j + 1;
                return day <= 31;
            }
        }
        if ((k == WordKind.Ordinal && Extra(i) >= 0) || (k == WordKind.Number && Extra(i) is 1 or 2))
        {
            day = Value(i);
            return day is >= 1 and <= 31;
        }
        return false;
    }

    /// <summary>A year: four digits (or <c>'07</c>) between 1000 and 2999.</summary>
    private bool YearAt(int i, out int year)
    {
        year = 0;
        if (Kind(i) != WordKind.Number || Extra(i) != 4) return false;
        year = Value(i);
        return year is >= 1000 and <= 2999;
    }

    private static TimeSpec YearSpec(int year) => new(SpecKind.Calendar) { Year = year, Unit = TimeUnit.Year };

    /// <summary>A bare year, where the context says it is one (<c>in 2014</c>, <c>2014 was</c>, not <c>2014 people</c>).</summary>
    private bool TryYear(int i, out int end, out TimeSpec spec)
    {
        end = i;
        spec = null!;
        if (!YearAt(i, out var year) || year is < 1800 or > 2100) return false;
        var start = words[i].Start;
        if (start > 0 && text[start - 1] is '$' or '€' or '£' or '#' or '¥' or '₹') return false;
        var next = Kind(i + 1);
        var nextIsNoun = next == WordKind.Other && i + 1 < words.Count && char.IsAsciiLetterLower(text[words[i + 1].Start])
            && !TextIs(i + 1, "s");
        if (next == WordKind.Unit || (nextIsNoun && !IsYearCue(i - 1))) return false;
        spec = YearSpec(year);
        end = i + 1;
        YearThenPart(ref end, ref spec);
        return true;
    }

    /// <summary>Words before <c>4/22</c> that make it a date: on, in, from, between, to, until, every, a weekday.</summary>
    private bool IsNumericDateCue(int i) =>
        Is(i, TimeLexicon.On) || Is(i, TimeLexicon.In) || Is(i, TimeLexicon.From) || Is(i, TimeLexicon.Between) || Is(i, TimeLexicon.To)
        || Is(i, TimeLexicon.Until) || Kind(i) is WordKind.Every or WordKind.Weekday;

    /// <summary>
    /// A month or quarter written after its year: <c>2016 June</c>, <c>2016-11</c>, <c>2015/3</c>, <c>2016 Q3</c>. A number after a
    /// dash is a month only when it cannot end a range of years (<c>2010-11</c> is two years, <c>2016-11</c> November).
    /// </summary>
    private void YearThenPart(ref int end, ref TimeSpec spec)
    {
        var year = spec.Year!.Value;
        if (Kind(end) == WordKind.Month && Extra(end) != 1 || Kind(end) == WordKind.Month && Is(end - 2, TimeLexicon.In))
        {
            spec = new TimeSpec(SpecKind.Calendar) { Year = year, Month = Value(end), Unit = TimeUnit.Month };
            end++;
        }
        else if (Kind(end) == WordKind.QuarterCode || (Kind(end) == WordKind.Dash && Kind(end + 1) == WordKind.QuarterCode))
        {
            if (Kind(end) == WordKind.Dash) end++;
            spec = new TimeSpec(SpecKind.Calendar) { Year = year, Unit = Value(end) > 10 ? TimeUnit.Half : TimeUnit.Quarter, Part = Value(end) % 10 };
            end++;
        }
        else if (Kind(end) == WordKind.Dash && Kind(end + 1) == WordKind.Month && Kind(end + 2) == WordKind.Dash
            && Kind(end + 3) == WordKind.Number && Extra(end + 3) is 1 or 2 && Value(end + 3) is >= 1 and <= 31)
        {
            spec = new TimeSpec(SpecKind.Calendar) { Year = year, Month = Value(end + 1), Day = Value(end + 3), Unit = TimeUnit.Day };
            end += 4;
        }
        else if (Kind(end) == WordKind.Dash && Kind(end + 1) == WordKind.Number && Extra(end + 1) is 1 or 2 && Value(end + 1) is >= 1 and <= 12
            && (Value(end + 1) <= year % 100 || text[words[end + 1].Start] == '0') && Kind(end + 2) != WordKind.Dash)
        {
            spec = new TimeSpec(SpecKind.Calendar) { Year = year, Month = Value(end + 1), Unit = TimeUnit.Month };
            end += 2;
        }
    }

    /// <summary><c>12-2015</c>, <c>11 / 2016</c>: a month number, a dash or slash, a year.</summary>
    private bool TryMonthNumberYear(int i, out int end, out TimeSpec spec)
    {
        end = i;
        spec = null!;
        if (Kind(i) != WordKind.Number || Extra(i) is not (1 or 2) || Value(i) is < 1 or > 12 || Kind(i + 1) != WordKind.Dash || !YearAt(i + 2, out var year)) return false;
        if (Kind(i - 1) == WordKind.Dash) return false;
        spec = new TimeSpec(SpecKind.Calendar) { Year = year, Month = Value(i), Unit = TimeUnit.Month };
        end = i + 3;
        return true;
    }

    private bool IsYearCue(int i) =>
        Kind(i) is WordKind.Connector or WordKind.Bound or WordKind.Edge or WordKind.Dash or WordKind.Comma or WordKind.Month
        || (Kind(i) == WordKind.Article && Value(i) == 0) || TextIs(i, "'s");

    /// <summary><c>the first quarter [of 2021 | of last year]</c>, <c>third-quarter</c>, <c>the second half</c>.</summary>
    private bool TryQuarter(int i, out int end, out TimeSpec spec)
    {
        end = i;
        spec = null!;
        if (Kind(i) != WordKind.Ordinal) return false;
        var n = Value(i);
        var next = Kind(i + 1) == WordKind.Dash ? i + 2 : i + 1;
        TimeUnit unit;
        if (Kind(next) == WordKind.QuarterWord && n is >= 1 and <= 4) unit = TimeUnit.Quarter;
        else if (Extra(i) < 0) return false;
        else if (Kind(next) == WordKind.HalfWord && n is 1 or 2) unit = TimeUnit.Half;
        else if (TextIs(i, "last") && Kind(next) == WordKind.QuarterWord) (unit, n) = (TimeUnit.Quarter, 4);
        else return false;
        spec = new TimeSpec(SpecKind.Calendar) { Unit = unit, Part = n };
        end = next + 1;
        QuarterYear(ref end, ref spec);
        return true;
    }

    /// <summary>The year after a quarter or season: <c>of 2021</c>, <c>2021</c>, <c>of this year</c>, <c>of last year</c>.</summary>
    private void QuarterYear(ref int end, ref TimeSpec spec)
    {
        var at = Is(end, TimeLexicon.Of) || Kind(end) is WordKind.Comma or WordKind.Dash ? end + 1 : end;
        if (YearAt(at, out var year))
        {
            spec = spec with { Year = year };
            end = at + 1;
        }
        else if (Kind(at) == WordKind.Shift && !TextIs(at, "past") && Kind(at + 1) == WordKind.Unit && Value(at + 1) == (int)TimeUnit.Year && Extra(at + 1) == 0)
        {
            spec = spec with { YearOffset = Value(at) };
            end = at + 2;
        }
        else if (Is(end, TimeLexicon.Of) && Kind(at) == WordKind.Article && Value(at) == 0 && Kind(at + 1) == WordKind.Unit
            && Value(at + 1) == (int)TimeUnit.Year)
        {
            spec = spec with { YearOffset = 0 };
            end = at + 2;
        }
    }

    /// <summary><c>Q3</c>, <c>Q3 2021</c>, <c>H1 2022</c>.</summary>
    private bool TryQuarterCode(int i, out int end, out TimeSpec spec)
    {
        var code = Value(i);
        spec = new TimeSpec(SpecKind.Calendar) { Unit = code > 10 ? TimeUnit.Half : TimeUnit.Quarter, Part = code % 10 };
        end = i + 1;
        QuarterYear(ref end, ref spec);
        return true;
    }

    /// <summary><c>fiscal 2022</c>, <c>fiscal year 2022</c>, <c>FY2022</c>, <c>FY22</c>, <c>FY2021-22</c>, <c>financial year 2021-22</c>, <c>the fiscal year</c>.</summary>
    private bool TryFiscal(int i, out int end, out TimeSpec spec)
    {
        end = i;
        spec = null!;
        int year;
        var next = i + 1;
        if (Value(i) == 1) year = Extra(i);
        else
        {
            if (Kind(next) == WordKind.Unit && Value(next) == (int)TimeUnit.Year) next++;
            if (YearAt(next, out year)) next++;
            else if (next > i + 1)
            {
                spec = new TimeSpec(SpecKind.Calendar) { Unit = TimeUnit.Year, Fiscal = true, YearOffset = 0 };
                end = next;
                return true;
            }
            else return false;
        }
        if (Kind(next) == WordKind.Dash && Kind(next + 1) == WordKind.Number && Extra(next + 1) is 2 or 4
            && Value(next + 1) % 100 == (year + 1) % 100)
        {
            year++;
            next += 2;
        }
        spec = new TimeSpec(SpecKind.Calendar) { Year = year, Unit = TimeUnit.Year, Fiscal = true };
        end = next;
        return true;
    }

    /// <summary><c>spring</c>, <c>the summer of 2021</c>, <c>autumn 2020</c>; <c>fall</c> only where it cannot be the verb.</summary>
    private bool TrySeason(int first, int i, int offset, out int end, out TimeSpec spec)
    {
        end = i + 1;
        spec = new TimeSpec(SpecKind.Calendar) { Unit = TimeUnit.Season, Part = Value(i), Offset = offset };
        QuarterYear(ref end, ref spec);
        var isFall = Extra(i) == 1;
        if (isFall && first == i && spec.Year == null && offset == 0 && !Is(i - 1, TimeLexicon.In)) return false;
        return true;
    }

    /// <summary><c>Tuesday</c>, <c>Tuesday morning</c>, <c>Tuesday, February 15</c>, <c>Tuesday 15 February 2022</c>.</summary>
    private bool TryWeekday(int i, int offset, out int end, out TimeSpec spec)
    {
        var next = Kind(i + 1) == WordKind.Comma ? i + 2 : i + 1;
        if (TryMonthFirst(next, out end, out spec) && spec.Day != null && Kind(next) == WordKind.Month) return true;
        if (TryDayFirst(next, out end, out spec)) return true;
        if (offset == 0 && Kind(next) == WordKind.Article && Value(next) == 0 && TryDayOnly(next + 1, true, out end, out spec))
        {
            spec = spec with { Weekday = Value(i) };
            return true;
        }
        if (offset == 0 && Kind(next) == WordKind.NumericDate && TryCalendar(next, out end, out spec)) return true;
        if (offset == 0 && next == i + 1 && Kind(next) == WordKind.Number && Extra(next) is 1 or 2 && Value(next) is >= 1 and <= 31 && EndsDay(next + 1))
        {
            spec = new TimeSpec(SpecKind.Calendar) { Day = Value(next), Unit = TimeUnit.Day, Weekday = Value(i) };
            end = next + 1;
            return true;
        }
        spec = new TimeSpec(SpecKind.Weekday) { Weekday = Value(i), Offset = offset };
        end = i + 1;
        if (offset == 0 && WeekAfterWeekday(end, out var weekOffset, out var weekEnd))
        {
            spec = spec with { WeekOffset = weekOffset };
            end = weekEnd;
        }
        if (Kind(end) == WordKind.PartOfDay)
        {
            spec = new TimeSpec(SpecKind.Clock) { PartOfDay = TimeLexicon.PartsOfDay[Value(end)], Date = spec };
            end++;
        }
        return true;
    }
}
