namespace Dateline.Extraction.Times;

/// <summary>A day of the month without its month: <c>the 27th</c>, <c>on 15</c>, <c>Friday the 22nd</c>, <c>the 20th of next month</c>.</summary>
internal sealed partial class TimeGrammar
{
    /// <summary>
    /// A day number alone, where the words say it is a date: a digit ordinal (<c>27th</c>) or, after <c>the</c> or
    /// <c>on</c>, a bare number (<c>on 15</c>, <c>the 27</c>); a spelled ordinal only after <c>the</c> at the end of
    /// the clause (<c>for the second.</c>). The month comes from <c>of this/next month</c> or from the reference date.
    /// </summary>
    private bool TryDayOnly(int i, bool afterThe, out int end, out TimeSpec spec)
    {
        end = i;
        spec = null!;
        if (!DayAt(i, out var day, out var next) && !(afterThe && Kind(i) == WordKind.Number && Extra(i) is 1 or 2 && Value(i) is >= 1 and <= 31))
        {
            return false;
        }
        if (next == i) next = i + 1;
        if (Kind(i) == WordKind.Number && Extra(i) is 1 or 2) day = Value(i);
        var digitOrdinal = Kind(i) == WordKind.Ordinal && char.IsAsciiDigit(text[words[i].Start]);
        var bareNumber = Kind(i) == WordKind.Number;
        if (bareNumber && !afterThe && !Is(i - 1, TimeLexicon.On)) return false;
        var monthEnd = next;
        int? monthOffset = null;
        if (Is(monthEnd, TimeLexicon.Of)) monthEnd++;
        if (Kind(monthEnd) == WordKind.Shift && Kind(monthEnd + 1) == WordKind.Unit && Value(monthEnd + 1) == (int)TimeUnit.Month && Extra(monthEnd + 1) == 0)
        {
            monthOffset = Value(monthEnd);
            next = monthEnd + 2;
        }
        else if (!EndsDay(next) || (!digitOrdinal && !bareNumber && !afterThe)) return false;
        spec = new TimeSpec(SpecKind.Calendar) { Day = day, Unit = TimeUnit.Day, MonthOffset = monthOffset };
        end = next;
        return true;
    }

    /// <summary>After a day number: the end of the clause, punctuation, a comma, or a clock time (<c>at 8:00</c>).</summary>
    private bool EndsDay(int i)
    {
        if (i >= words.Count) return true;
        var k = Kind(i);
        if (k is WordKind.Comma or WordKind.Clock || Is(i, TimeLexicon.At)) return true;
        return k == WordKind.Other && !char.IsLetterOrDigit(text[words[i].Start]);
    }
}
