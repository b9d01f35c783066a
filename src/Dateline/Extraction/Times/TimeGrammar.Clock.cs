namespace Dateline.Extraction.Times;

/// <summary>
/// Clock times: <c>13:00</c>, <c>7:56:30 pm</c>, <c>1am</c>, <c>1140 a.m.</c>, <c>noon</c>, <c>0800 GMT</c>, <c>1am UK time</c>,
/// <c>seven thirty pm</c>, <c>7 o'clock</c>, <c>at 7</c>, <c>half past eight</c>, <c>a quarter to 8</c>, <c>20 min past eight</c>,
/// <c>mid-morning</c>, <c>11ish</c>; and a part of day after them (<c>8 in the morning</c>, <c>10pm tonight</c>).
/// </summary>
internal sealed partial class TimeGrammar
{
    private bool TryClock(int i, out int end, out TimeSpec spec)
    {
        spec = null!;
        if (!TryClockCore(i, out end, out var hour, out var minute, out var second, out var hasAmPm)) return false;
        var next = end;
        if (!hasAmPm && Kind(next) == WordKind.AmPm && hour <= 12)
        {
            hour = hour == 12 ? Value(next) : hour + Value(next);
            hasAmPm = true;
            next++;
        }
        if (IsOClock(next)) next += TextIs(next, "o") ? 2 : 1;
        var zone = -1;
        if (Kind(next) == WordKind.Zone)
        {
            zone = Value(next);
            next++;
            if (Kind(next) == WordKind.TimeWord) next++;
        }
        else if (Kind(next) == WordKind.Other && Kind(next + 1) == WordKind.TimeWord && TextIs(next, "uk"))
        {
            zone = TimeLexicon.UkZone;
            next += 2;
        }
        spec = new TimeSpec(SpecKind.Clock) { Hour = hour, Minute = minute, Second = second, Zone = zone };
        end = next;
        if (!hasAmPm) (end, spec) = PartOfDayAfter(end, spec);
        return true;
    }

    /// <summary>The hour and minute of a clock time at <paramref name="i"/>, before any a.m./p.m., zone or part of day.</summary>
    private bool TryClockCore(int i, out int end, out int hour, out int minute, out int? second, out bool hasAmPm)
    {
        end = i + 1;
        (hour, minute, second, hasAmPm) = (0, 0, null, false);
        switch (Kind(i))
        {
            case WordKind.Clock:
                (hour, minute, hasAmPm) = (Value(i), Extra(i) % 100, Extra(i) % 1000 >= 100);
                if (Extra(i) >= 1000) second = Extra(i) / 1000 - 1;
                if (Kind(end) == WordKind.Dash && TextIs(end + 1, "ish")) end += 2;
                return true;
            case WordKind.Number when Extra(i) == 4 && Value(i) % 100 < 60 && Value(i) / 100 < 24
                && (Kind(end) == WordKind.Zone || TextIs(end, "hours") || TextIs(end, "hrs")):
                (hour, minute) = (Value(i) / 100, Value(i) % 100);
                if (Kind(end) != WordKind.Zone) end++;
                return true;
            case WordKind.Number when Extra(i) is 3 or 4 && Value(i) % 100 < 60 && Value(i) / 100 is >= 1 and <= 12 && Kind(end) == WordKind.AmPm:
                (hour, minute) = (Value(i) / 100, Value(i) % 100);
                return true;
            case WordKind.Number when Value(i) == 12 && Kind(end) == WordKind.NamedHour:
                (hour, hasAmPm) = (Value(end), true);
                end++;
                return true;
            case WordKind.Number:
                return TryHourWords(i, out end, out hour, out minute);
            case WordKind.NamedHour:
                (hour, hasAmPm) = (Value(i), true);
                return true;
            case WordKind.Edge when Value(i) == 1 && TextIs(i, "mid"):
                var j = Kind(i + 1) == WordKind.Dash ? i + 2 : i + 1;
                hour = Kind(j) == WordKind.PartOfDay ? Value(j) switch { 0 => 10, 1 => 14, 3 => 0, _ => -1 }
                    : Kind(j) == WordKind.Unit && Value(j) == (int)TimeUnit.Day && Extra(j) == 0 ? 12 : -1;
                (end, hasAmPm) = (j + 1, true);
                return hour >= 0;
            case WordKind.HalfWord or WordKind.QuarterWord or WordKind.Article:
                return TryPastTo(i, out end, out hour, out minute);
            default:
                return false;
        }
    }

    /// <summary>
    /// A spoken hour: <c>seven thirty pm</c>, <c>eight forty</c> after <c>at</c>, <c>7 o'clock</c>, <c>at 7</c>,
    /// <c>20 min past eight</c>, <c>ten to nine</c>; a bare number only where a.m./p.m., o'clock, a part of day or <c>at</c> says it is a time.
    /// </summary>
    private bool TryHourWords(int i, out int end, out int hour, out int minute)
    {
        hour = minute = 0;
        end = i + 1;
        if (TryPastTo(i, out end, out hour, out minute)) return true;
        if (Extra(i) > 2 || Extra(i) < 0 || Value(i) is < 1 or > 12) return false;
        (hour, minute) = (Value(i), 0);
        end = i + 1;
        if (Extra(i) == 0 && ReadNumber(end, out var m, out var afterMinutes) && Extra(end) == 0 && m is >= 10 and <= 59
            && (Kind(afterMinutes) == WordKind.AmPm || IsOClock(afterMinutes) || IsClockCue(i - 1)))
        {
            (minute, end) = (m, afterMinutes);
            return true;
        }
        if (Kind(end) == WordKind.AmPm || IsOClock(end)) return true;
        if (Is(end, TimeLexicon.In) && Kind(end + 1) == WordKind.Article && Value(end + 1) == 0 && Kind(end + 2) == WordKind.PartOfDay) return true;
        return IsClockCue(i - 1) && EndsClock(end);
    }

    /// <summary><c>at</c> or <c>around</c> before a bare hour.</summary>
    private bool IsClockCue(int i) => Is(i, TimeLexicon.At) || TextIs(i, "around");

    /// <summary>After <c>at 7</c>: the end of the clause, or a word that goes with a time (a date, a part of day, on, tonight).</summary>
    private bool EndsClock(int i)
    {
        if (i >= words.Count) return true;
        var k = Kind(i);
        if (k is WordKind.Comma or WordKind.PartOfDay or WordKind.DayWord or WordKind.Weekday or WordKind.Zone) return true;
        if (Is(i, TimeLexicon.On) || (Is(i, TimeLexicon.In) && Kind(i + 2) == WordKind.PartOfDay)) return true;
        return k == WordKind.Other && !char.IsLetterOrDigit(text[words[i].Start]);
    }

    /// <summary><c>half past eight</c>, <c>a quarter to 8</c>, <c>three quarters past 9pm</c>, <c>20 min past eight</c>, <c>ten past 9</c>.</summary>
    private bool TryPastTo(int i, out int end, out int hour, out int minute)
    {
        hour = minute = 0;
        end = i;
        var j = i;
        var bare = false;
        if (Kind(j) == WordKind.Article && Value(j) == 1) j++;
        if (Kind(j) == WordKind.HalfWord) (minute, j) = (30, j + 1);
        else if (Kind(j) == WordKind.QuarterWord) (minute, j) = (15, j + 1);
        else if (Kind(j) == WordKind.Number && Value(j) == 3 && Kind(j + 1) == WordKind.Unit && Value(j + 1) == (int)TimeUnit.Quarter) (minute, j) = (45, j + 2);
        else if (j == i && ReadNumber(j, out var n, out var after) && n is >= 1 and <= 59)
        {
            (minute, j, bare) = (n, after, true);
            if (Kind(j) == WordKind.Unit && Value(j) == (int)TimeUnit.Minute) (j, bare) = (j + 1, false);
        }
        else return false;
        var past = TextIs(j, "past") || TextIs(j, "after");
        if (!past && !Is(j, TimeLexicon.To)) return false;
        j++;
        // "3 to 5 years" is no clock time: a bare number before "to" needs a.m./p.m. or o'clock after the hour.
        if (bare && !past && Kind(j) != WordKind.Clock && Kind(j + 1) != WordKind.AmPm && !IsOClock(j + 1)) return false;
        if (Kind(j) == WordKind.Clock && Extra(j) % 100 == 0 && Extra(j) < 1000) hour = Value(j);
        else if (Kind(j) == WordKind.Number && Extra(j) is 0 or 1 or 2 && Value(j) is >= 1 and <= 12) hour = Value(j);
        else if (Kind(j) == WordKind.NamedHour) hour = Value(j);
        else return false;
        if (!past)
        {
            minute = 60 - minute;
            hour = hour == 0 ? 23 : hour - 1;
        }
        end = j + 1;
        return true;
    }

    private bool IsOClock(int i) =>
        TextIs(i, "o'clock") || TextIs(i, "oclock") || TextIs(i, "o\u2019clock") || (TextIs(i, "o") && (TextIs(i + 1, "'clock") || TextIs(i + 1, "\u2019clock")));

    /// <summary><c>8 in the morning</c>, <c>7 afternoon</c>, <c>10 tonight</c>, <c>8 this evening</c>: the hour moved by the part of day, and its date.</summary>
    private (int End, TimeSpec Spec) PartOfDayAfter(int end, TimeSpec spec)
    {
        var j = Kind(end) == WordKind.Comma ? end + 1 : end;
        if (Is(j, TimeLexicon.In) && Kind(j + 1) == WordKind.Article && Value(j + 1) == 0 && Kind(j + 2) == WordKind.PartOfDay)
        {
            return (j + 3, WithPartOfDay(spec, Value(j + 2)));
        }
        if (Kind(j) == WordKind.PartOfDay && j == end) return (j + 1, WithPartOfDay(spec, Value(j)));
        if (TryRelative(j, out var relEnd, out var rel) && rel.Kind == SpecKind.Clock && rel.Hour == null && rel.PartOfDay != null)
        {
            var part = Array.IndexOf(TimeLexicon.PartsOfDay, rel.PartOfDay);
            return (relEnd, WithPartOfDay(spec, part) with { Date = rel.Date });
        }
        return (end, spec);
    }

    /// <summary>Moves a 12-hour clock reading into the afternoon, evening or night.</summary>
    private static TimeSpec WithPartOfDay(TimeSpec spec, int part)
    {
        var hour = spec.Hour ?? 0;
        hour = part switch
        {
            1 or 2 when hour < 12 => hour + 12,
            3 when hour == 12 => 0,
            3 when hour is >= 5 and < 12 => hour + 12,
            0 when hour == 12 => 0,
            _ => hour,
        };
        return spec with { Hour = hour };
    }

    /// <summary><c>in the morning at 7</c>, <c>afternoon at 7</c>, <c>afternoon 7:00</c>: a part of day, then the hour in it.</summary>
    private bool TryPartOfDayFirst(int i, out int end, out TimeSpec spec)
    {
        end = i;
        spec = null!;
        var j = Is(i, TimeLexicon.In) && Kind(i + 1) == WordKind.Article && Value(i + 1) == 0 ? i + 2 : i;
        if (Kind(j) != WordKind.PartOfDay) return false;
        var next = Is(j + 1, TimeLexicon.At) ? j + 2 : j + 1;
        if (!TryClock(next, out end, out var clock) || clock.Date != null) return false;
        if (next == j + 1 && Kind(next) == WordKind.Number && Extra(next) <= 2 && Kind(next + 1) != WordKind.AmPm) return false;
        spec = WithPartOfDay(clock, Value(j));
        return true;
    }
}
