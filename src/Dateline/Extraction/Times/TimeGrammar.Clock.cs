namespace Dateline.Extraction.Times;

/// <summary>Clock times: <c>13:00</c>, <c>1am</c>, <c>1 p.m.</c>, <c>noon</c>, <c>0800 GMT</c>, <c>1am UK time</c>.</summary>
internal sealed partial class TimeGrammar
{
    private bool TryClock(int i, out int end, out TimeSpec spec)
    {
        end = i;
        spec = null!;
        int hour, minute;
        var next = i + 1;
        var hasAmPm = false;
        switch (Kind(i))
        {
            case WordKind.Clock:
                (hour, minute, hasAmPm) = (Value(i), Extra(i) % 100, Extra(i) >= 100);
                break;
            case WordKind.Number when Extra(i) is 1 or 2 && Value(i) is >= 1 and <= 12 && Kind(next) == WordKind.AmPm:
                (hour, minute) = (Value(i), 0);
                break;
            case WordKind.Number when Extra(i) == 4 && Value(i) % 100 < 60 && Value(i) / 100 < 24
                && (Kind(next) == WordKind.Zone || TextIs(next, "hours") || TextIs(next, "hrs")):
                (hour, minute) = (Value(i) / 100, Value(i) % 100);
                if (Kind(next) != WordKind.Zone) next++;
                break;
            case WordKind.NamedHour:
                (hour, minute, hasAmPm) = (Value(i), 0, true);
                break;
            default:
                return false;
        }
        if (!hasAmPm && Kind(next) == WordKind.AmPm && hour <= 12)
        {
            hour = hour == 12 ? Value(next) : hour + Value(next);
            next++;
        }
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
        spec = new TimeSpec(SpecKind.Clock) { Hour = hour, Minute = minute, Zone = zone };
        end = next;
        return true;
    }
}
