namespace Dateline.Extraction.Times;

/// <summary>
/// The time grammar over the words of one sentence: hand-written productions tried at a cue word,
/// longest match first. This file holds the entry point and the prefixes (bounds, approximations,
/// early/mid/late) and combinations (ranges, a date with a clock time); the families live in the
/// other <c>TimeGrammar.*.cs</c> files.
/// </summary>
internal sealed partial class TimeGrammar(string text, IReadOnlyList<Word> words)
{
    private static readonly string[] EdgeMods = ["START", "MID", "END"];

    /// <summary>Reads the longest time expression that starts at word <paramref name="i"/>.</summary>
    public bool TryMatch(int i, out TimeMatch match)
    {
        match = default;
        var k = Kind(i);
        if (k == WordKind.Bound && TryMatch(i + 1, out var bounded) && bounded.Spec.Kind is not (SpecKind.Duration or SpecKind.Set)
            && bounded.Spec.Mod == null && !(Words[i].Value == TimeLexicon.ModBy && bounded.Spec.Kind == SpecKind.Reference))
        {
            match = bounded with { Spec = bounded.Spec with { Mod = TimeLexicon.Mods[Words[i].Value] } };
            return true;
        }
        if (TryApprox(i, out match) || TryEdge(i, out match) || TryRangeWithPrefix(i, out match)) return true;
        if (!TryPrimary(i, out var end, out var spec)) return false;
        (end, spec) = Extend(end, spec);
        match = new TimeMatch(i, end, spec);
        return true;
    }

    private IReadOnlyList<Word> Words => words;

    private WordKind Kind(int i) => i >= 0 && i < words.Count ? words[i].Kind : WordKind.Other;

    private int Value(int i) => i >= 0 && i < words.Count ? words[i].Value : 0;

    private int Extra(int i) => i >= 0 && i < words.Count ? words[i].Extra : 0;

    private bool Is(int i, int connector) => i >= 0 && i < words.Count && words[i].Is(connector);

    private bool TextIs(int i, string word) =>
        i >= 0 && i < words.Count && text.AsSpan(words[i].Start, words[i].End - words[i].Start).Equals(word, StringComparison.OrdinalIgnoreCase);

    /// <summary><c>about three weeks</c>, <c>nearly five months</c>, <c>more than two years</c>, <c>at least a decade</c>.</summary>
    private bool TryApprox(int i, out TimeMatch match)
    {
        match = default;
        int mod, next;
        if (TextIs(i, "about") && (TextIs(i - 1, "how") || TextIs(i - 1, "what"))) return false;
        if (Kind(i) == WordKind.Approx && Extra(i) == 0) (mod, next) = (Value(i), i + 1);
        else if (Kind(i) == WordKind.Approx && Is(i + 1, TimeLexicon.Than)) (mod, next) = (Value(i), i + 2);
        else if (Is(i, TimeLexicon.At) && TextIs(i + 1, "least")) (mod, next) = (TimeLexicon.ModAtLeast, i + 2);
        else return false;
        if (!TryPrimary(next, out var end, out var spec) || spec.Kind is SpecKind.Reference or SpecKind.Set) return false;
        (end, spec) = Extend(end, spec);
        match = new TimeMatch(i, end, spec with { Mod = TimeLexicon.Mods[mod] });
        return true;
    }

    /// <summary><c>early 2009</c>, <c>mid-2011</c>, <c>late February</c>, <c>the end of last year</c>, <c>the start of this year</c>.</summary>
    private bool TryEdge(int i, out TimeMatch match)
    {
        match = default;
        int edge, next;
        if (Kind(i) == WordKind.Edge && (TextIs(i, "early") || TextIs(i, "mid") || TextIs(i, "late")))
        {
            edge = Value(i);
            next = Kind(i + 1) == WordKind.Dash ? i + 2 : i + 1;
            if (TextIs(i, "late") && Is(next, TimeLexicon.In)) next++;
            if (TextIs(i, "early") && Is(next, TimeLexicon.In)) next++;
        }
        else if (Kind(i) == WordKind.Article && Value(i) == 0 && Kind(i + 1) == WordKind.Edge && Is(i + 2, TimeLexicon.Of))
        {
            edge = Value(i + 1);
            next = i + 3;
        }
        else if (Kind(i) == WordKind.Edge && Is(i + 1, TimeLexicon.Of) && !TextIs(i, "early") && !TextIs(i, "late") && !TextIs(i, "mid"))
        {
            edge = Value(i);
            next = i + 2;
        }
        else return false;
        if (!TryPrimary(next, out var end, out var spec) || spec.Kind is not (SpecKind.Calendar or SpecKind.Relative)) return false;
        if (spec.Unit is TimeUnit.Day or TimeUnit.Hour or TimeUnit.Minute && spec.Kind == SpecKind.Calendar && spec.Day != null) return false;
        match = new TimeMatch(i, end, spec with { Mod = EdgeMods[edge] });
        return true;
    }

    /// <summary><c>from X to Y</c>, <c>between X and Y</c>.</summary>
    private bool TryRangeWithPrefix(int i, out TimeMatch match)
    {
        match = default;
        var isFrom = Is(i, TimeLexicon.From);
        if (!isFrom && !Is(i, TimeLexicon.Between)) return TryDayRange(i, i, out match);
        if (TryDayRange(i, i + 1, out match)) return true;
        if (!TryPrimary(i + 1, out var end, out var first) || !IsPoint(first)) return false;
        var joined = isFrom
            ? Is(end, TimeLexicon.To) || Is(end, TimeLexicon.Through) || Is(end, TimeLexicon.Until) || Kind(end) == WordKind.Dash
            : Is(end, TimeLexicon.And);
        if (!joined || !TryRangeEnd(end + 1, first, out var last, out var until)) return false;
        match = new TimeMatch(i, last, Range(first, until));
        return true;
    }

    /// <summary>A range; a year written only on its last point belongs to the first too (<c>from January to April 2015</c>).</summary>
    private static TimeSpec Range(TimeSpec first, TimeSpec until)
    {
        if (first.Kind == SpecKind.Calendar && until.Kind == SpecKind.Calendar && first.Year == null && first.Offset == 0 && until.Year is { } year && first.Month != null)
        {
            first = first with { Year = until.Month != null && first.Month > until.Month ? year - 1 : year };
        }
        if (first.Kind == SpecKind.Calendar && until.Kind == SpecKind.Calendar && first.Month == null && first.Day != null && until.Month != null)
        {
            first = first with { Month = until.Month, Year = until.Year, MonthOffset = null };
        }
        return new TimeSpec(SpecKind.Range) { Date = first, Until = until };
    }

    /// <summary>After a primary expression: a range without <c>from</c> (<c>Feb 14-16</c>, <c>2014-16</c>, <c>Monday to Wednesday</c>) or a clock time with its date.</summary>
    private (int End, TimeSpec Spec) Extend(int end, TimeSpec spec)
    {
        if (IsPoint(spec) && spec.Kind != SpecKind.Clock && (Kind(end) == WordKind.Dash || Is(end, TimeLexicon.Through)
            || Is(end, TimeLexicon.To) || Is(end, TimeLexicon.Until))
            && TryRangeEnd(end + 1, spec, out var last, out var until) && SameShape(spec, until))
        {
            return (last, Range(spec, until));
        }
        return ExtendClock(end, spec);
    }

    private static bool IsPoint(TimeSpec spec) => spec.Kind is SpecKind.Calendar or SpecKind.Weekday or SpecKind.Clock or SpecKind.Relative;

    private static bool SameShape(TimeSpec a, TimeSpec b) =>
        a.Kind == b.Kind && a.Unit == b.Unit && (a.Day == null) == (b.Day == null) && (a.Month == null) == (b.Month == null);

    /// <summary>The second point of a range; a bare number completes the first (<c>14-16</c>, <c>2014-16</c>).</summary>
    private bool TryRangeEnd(int i, TimeSpec first, out int end, out TimeSpec until)
    {
        end = i;
        until = first;
        if (Kind(i) == WordKind.Number && first.Kind == SpecKind.Calendar)
        {
            var n = Value(i);
            if (first.Day != null && n is >= 1 and <= 31 && n > first.Day && Kind(i + 1) != WordKind.Month && Kind(i + 1) != WordKind.Unit)
            {
                until = first with { Day = n };
                end = i + 1;
                if (Kind(end) == WordKind.Comma && YearAt(end + 1, out var y1)) { until = until with { Year = y1 }; end += 2; }
                else if (YearAt(end, out var y2)) { until = until with { Year = y2 }; end++; }
                return true;
            }
            if (first.Unit == TimeUnit.Year && first.Year != null && Extra(i) == 2 && first.Year % 100 < n)
            {
                until = first with { Year = first.Year / 100 * 100 + n };
                end = i + 1;
                return true;
            }
        }
        if (!TryPrimary(i, out end, out until) || !IsPoint(until)) return false;
        (end, until) = ExtendClock(end, until);
        return true;
    }

    /// <summary><c>Tuesday at 1am</c>, <c>February 16, 13:00</c>, <c>12:00 UTC Monday</c>, <c>1am on Tuesday</c>.</summary>
    private (int End, TimeSpec Spec) ExtendClock(int end, TimeSpec spec)
    {
        if (spec.Kind == SpecKind.Clock && spec.Date == null && spec.Hour != null)
        {
            var onSet = Is(end, TimeLexicon.On) ? end + 1 : end;
            if (TrySet(onSet, out var setEnd, out var set) && IsDailyOrWeekly(set)) return (setEnd, WithClock(set, spec));
        }
        if (spec.Kind == SpecKind.Set && IsDailyOrWeekly(spec) && spec.Hour == null)
        {
            var at = Is(end, TimeLexicon.At) ? end + 1 : end;
            if (TryClock(at, out var clockEnd, out var clock) && clock.Date == null && clock.Hour != null) return (clockEnd, WithClock(spec, clock));
        }
        if (spec.Kind == SpecKind.Clock && spec.Date == null)
        {
            var next = Is(end, TimeLexicon.On) || Kind(end) == WordKind.Comma ? end + 1 : end;
            if (TryPrimary(next, out var dateEnd, out var date) && IsDay(date)) return (dateEnd, spec with { Date = date });
            return (end, spec);
        }
        if (spec.Kind == SpecKind.Clock && spec.Hour == null && spec.PartOfDay != null)
        {
            var next = Is(end, TimeLexicon.At) || Kind(end) == WordKind.Comma || (Kind(end) == WordKind.Approx && Extra(end) == 0) ? end + 1 : end;
            if (TryClock(next, out var clockEnd, out var clock) && clock.Date == null)
            {
                var part = Array.IndexOf(TimeLexicon.PartsOfDay, spec.PartOfDay);
                return (clockEnd, WithPartOfDay(clock, part) with { Date = spec.Date });
            }
            return (end, spec);
        }
        if (IsDay(spec))
        {
            var next = Is(end, TimeLexicon.At) || Kind(end) == WordKind.Comma ? end + 1 : end;
            if (TryClock(next, out var clockEnd, out var clock) && clock.Date == null) return (clockEnd, clock with { Date = spec });
        }
        return (end, spec);
    }

    /// <summary>A set that a clock time can narrow: every day, every Monday, Sundays, every morning.</summary>
    private static bool IsDailyOrWeekly(TimeSpec set) =>
        set.Weekday > 0 || set.PartOfDay != null || (set.Unit == TimeUnit.Day && set.Amount == 1);

    /// <summary><c>3pm every day</c>, <c>each Monday at 4pm</c>, <c>every night at 9</c>: the set at that time of day.</summary>
    private static TimeSpec WithClock(TimeSpec set, TimeSpec clock)
    {
        if (set.PartOfDay != null) clock = WithPartOfDay(clock, Array.IndexOf(TimeLexicon.PartsOfDay, set.PartOfDay));
        return set with { Hour = clock.Hour, Minute = clock.Minute, Second = clock.Second, PartOfDay = null, Unit = set.Weekday > 0 ? set.Unit : TimeUnit.Day };
    }

    private static bool IsDay(TimeSpec spec) =>
        spec.Kind == SpecKind.Weekday || (spec.Kind == SpecKind.Calendar && spec.Day != null)
        || (spec.Kind == SpecKind.Relative && spec.Unit == TimeUnit.Day);

    /// <summary>The longest expression of any family at <paramref name="i"/>.</summary>
    private bool TryPrimary(int i, out int end, out TimeSpec spec)
    {
        end = i;
        spec = null!;
        if (i >= words.Count) return false;
        Consider(TryCalendar(i, out var e1, out var s1), e1, s1, ref end, ref spec);
        Consider(TryRelative(i, out var e2, out var s2), e2, s2, ref end, ref spec);
        Consider(TryDuration(i, out var e3, out var s3), e3, s3, ref end, ref spec);
        Consider(TryClock(i, out var e4, out var s4), e4, s4, ref end, ref spec);
        Consider(TrySet(i, out var e5, out var s5), e5, s5, ref end, ref spec);
        Consider(TryPartOfDayFirst(i, out var e6, out var s6), e6, s6, ref end, ref spec);
        return end > i;
    }

    private static void Consider(bool ok, int candidateEnd, TimeSpec? candidate, ref int end, ref TimeSpec spec)
    {
        if (ok && candidate != null && candidateEnd > end)
        {
            end = candidateEnd;
            spec = candidate;
        }
    }
}
