using System.Globalization;

namespace Dateline.Extraction.Times;

/// <summary>Writes TIMEX3 value strings.</summary>
internal static class TimexText
{
    private static readonly CultureInfo Inv = CultureInfo.InvariantCulture;

    public static string Day(DateOnly d) => d.ToString("yyyy-MM-dd", Inv);

    public static string Day(int year, int month, int day) => string.Create(Inv, $"{year:D4}-{month:D2}-{day:D2}");

    public static string Month(int year, int month) => string.Create(Inv, $"{year:D4}-{month:D2}");

    public static string Year(int year) => year.ToString("D4", Inv);

    public static string Week(DateOnly d) => string.Create(Inv, $"{ISOWeek.GetYear(d.ToDateTime(TimeOnly.MinValue)):D4}-W{ISOWeek.GetWeekOfYear(d.ToDateTime(TimeOnly.MinValue)):D2}");

    /// <summary>A duration: <c>P3D</c>, <c>PT48H</c>, <c>P2.5Y</c>, <c>PXY</c> when the amount is unknown.</summary>
    public static string Duration(decimal? amount, TimeUnit unit)
    {
        var (scale, letter, timePart) = unit switch
        {
            TimeUnit.Second => (1m, "S", true),
            TimeUnit.Minute => (1m, "M", true),
            TimeUnit.Hour => (1m, "H", true),
            TimeUnit.Day => (1m, "D", false),
            TimeUnit.Weekend => (1m, "WE", false),
            TimeUnit.Week => (1m, "W", false),
            TimeUnit.Fortnight => (2m, "W", false),
            TimeUnit.Month => (1m, "M", false),
            TimeUnit.Quarter => (1m, "Q", false),
            TimeUnit.Half => (6m, "M", false),
            TimeUnit.Season => (3m, "M", false),
            TimeUnit.Year => (1m, "Y", false),
            TimeUnit.Decade => (10m, "Y", false),
            TimeUnit.Century => (100m, "Y", false),
            _ => (1m, "D", false),
        };
        var number = amount is { } a ? (a * scale).ToString("0.##", Inv) : "X";
        return (timePart ? "PT" : "P") + number + letter;
    }

    /// <summary>A compound duration, largest unit first: <c>P1Y1M21D</c>, <c>P1W3D</c>, <c>PT1H30M</c>.</summary>
    public static string Compound(IReadOnlyList<(decimal Amount, TimeUnit Unit)> parts)
    {
        var date = new System.Text.StringBuilder("P");
        var time = new System.Text.StringBuilder();
        for (var unit = TimeUnit.Century; unit > TimeUnit.None; unit--)
        {
            foreach (var (amount, u) in parts)
            {
                if (u != unit) continue;
                var one = Duration(amount, u);
                if (one.StartsWith("PT", StringComparison.Ordinal)) time.Append(one, 2, one.Length - 2);
                else date.Append(one, 1, one.Length - 1);
            }
        }
        if (time.Length > 0) date.Append('T').Append(time);
        return date.ToString();
    }

    /// <summary>The zone suffix: <c>Z</c> for UTC, else <c>+05:30</c>; UK time is GMT or BST by the date.</summary>
    public static string Zone(int zone, DateOnly? date)
    {
        if (zone < 0) return "";
        var minutes = TimeLexicon.Zones[zone].Minutes;
        if (minutes == int.MinValue) minutes = date is { } d && IsBritishSummerTime(d) ? 60 : 0;
        if (minutes == 0) return "Z";
        var sign = minutes < 0 ? '-' : '+';
        minutes = Math.Abs(minutes);
        return string.Create(Inv, $"{sign}{minutes / 60:D2}:{minutes % 60:D2}");
    }

    /// <summary>BST runs from the last Sunday of March to the last Sunday of October.</summary>
    private static bool IsBritishSummerTime(DateOnly d) => d >= LastSunday(d.Year, 3) && d < LastSunday(d.Year, 10);

    private static DateOnly LastSunday(int year, int month)
    {
        var last = new DateOnly(year, month, DateTime.DaysInMonth(year, month));
        return last.AddDays(-(int)last.DayOfWeek);
    }
}
