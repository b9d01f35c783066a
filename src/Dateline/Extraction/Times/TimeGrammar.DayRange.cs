namespace Dateline.Extraction.Times;

/// <summary>Ranges of day numbers that share one month: <c>from 4 to 22 January, 1995</c>, <c>between 3 and 12 of Sept</c>, <c>4 to 23 next month</c>.</summary>
internal sealed partial class TimeGrammar
{
    /// <summary>Two day numbers joined by to, till, through, a dash or (after <c>between</c>) and, then the month they share.</summary>
    private bool TryDayRange(int first, int i, out TimeMatch match)
    {
        match = default;
        if (!DayNumberAt(i, out var from, out var next)) return false;
        var between = first < i && Is(first, TimeLexicon.Between);
        var joined = Is(next, TimeLexicon.To) || Is(next, TimeLexicon.Until) || Is(next, TimeLexicon.Through) || Kind(next) == WordKind.Dash
            || (between && Is(next, TimeLexicon.And));
        if (!joined || !DayNumberAt(next + 1, out var to, out var afterTo) || to <= from) return false;
        if (!SharedMonth(afterTo, out var month, out var end)) return false;
        match = new TimeMatch(first, end, new TimeSpec(SpecKind.Range) { Date = month with { Day = from }, Until = month with { Day = to } });
        return true;
    }

    private bool DayNumberAt(int i, out int day, out int next)
    {
        if (Kind(i) == WordKind.Number && Extra(i) is 1 or 2 && Value(i) is >= 1 and <= 31)
        {
            (day, next) = (Value(i), i + 1);
            return true;
        }
        return DayAt(i, out day, out next) && Kind(i) == WordKind.Ordinal && char.IsAsciiDigit(text[words[i].Start]);
    }

    /// <summary>The month after a pair of day numbers: <c>(of) January (, 1995)</c> or <c>(of|in) this/next month</c>.</summary>
    private bool SharedMonth(int i, out TimeSpec month, out int end)
    {
        var j = Is(i, TimeLexicon.Of) || Is(i, TimeLexicon.In) ? i + 1 : i;
        if (Kind(j) == WordKind.Month)
        {
            month = new TimeSpec(SpecKind.Calendar) { Month = Value(j), Unit = TimeUnit.Day };
            end = j + 1;
            AppendYear(ref end, ref month);
            return true;
        }
        if (Kind(j) == WordKind.Shift && !TextIs(j, "past") && Kind(j + 1) == WordKind.Unit && Value(j + 1) == (int)TimeUnit.Month && Extra(j + 1) == 0)
        {
            month = new TimeSpec(SpecKind.Calendar) { Unit = TimeUnit.Day, MonthOffset = Value(j) };
            end = j + 2;
            return true;
        }
        month = null!;
        end = i;
        return false;
    }
}
