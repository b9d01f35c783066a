using System.Globalization;

namespace Dateline.Storage.Export;

/// <summary>GDELT's date forms of a <c>YYYY-MM-DD</c> day: SQLDATE, MonthYear, Year, FractionDate and 14-digit timestamps.</summary>
internal readonly record struct GdeltDates(DateOnly Day)
{
    /// <summary>The day, or null for a missing or malformed value (or one that is not day-precise).</summary>
    public static GdeltDates? Parse(string? day) =>
        day is { Length: >= 10 } && DateOnly.TryParseExact(day.AsSpan(0, 10), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d)
            ? new GdeltDates(d)
            : null;

    /// <summary><c>YYYYMMDD</c>.</summary>
    public int SqlDate => Day.Year * 10000 + Day.Month * 100 + Day.Day;

    /// <summary><c>YYYYMM</c>.</summary>
    public int MonthYear => Day.Year * 100 + Day.Month;

    /// <summary>The year and the part of it completed by this day, rounded to four decimals as GDELT writes it.</summary>
    public double FractionDate => Math.Round(Day.Year + Day.DayOfYear / (double)(DateTime.IsLeapYear(Day.Year) ? 366 : 365), 4);

    /// <summary><c>YYYYMMDDHHMMSS</c> at midnight (we know days, not GDELT's 15-minute update times).</summary>
    public long Timestamp => SqlDate * 1_000_000L;
}
