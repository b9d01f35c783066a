using System.Globalization;
using Dateline.Storage.Reading;

namespace Dateline.Server.Dashboard;

/// <summary>Finds the days of a daily series that break out of their trailing baseline (<see cref="EscalationRule"/>).</summary>
internal static class EscalationAlerts
{
    /// <summary>The alert days of <paramref name="series"/> (days with events, in date order), earliest first.</summary>
    public static IReadOnlyList<EscalationAlert> Find(IReadOnlyList<SeriesPoint> series, EscalationRule rule)
    {
        ArgumentNullException.ThrowIfNull(series);
        ArgumentNullException.ThrowIfNull(rule);
        if (rule.WindowDays < 1) throw new ArgumentOutOfRangeException(nameof(rule), "The window must be at least one day.");
        var alerts = new List<EscalationAlert>();
        if (series.Count == 0) return alerts;
        var first = Day(series[0].Date);
        var days = Day(series[^1].Date).DayNumber - first.DayNumber + 1;
        // Conflict counts per day from WindowDays before the first day (quiet before the first report) to the last.
        var conflict = new long[days + rule.WindowDays];
        foreach (var point in series)
        {
            conflict[Day(point.Date).DayNumber - first.DayNumber + rule.WindowDays] = point.VerbalConflict + point.MaterialConflict;
        }
        foreach (var point in series)
        {
            var index = Day(point.Date).DayNumber - first.DayNumber + rule.WindowDays;
            if (Check(conflict, index, rule, point) is { } alert) alerts.Add(alert);
        }
        return alerts;
    }

    private static EscalationAlert? Check(long[] conflict, int index, EscalationRule rule, SeriesPoint point)
    {
        var today = conflict[index];
        if (today < rule.MinConflict) return null;
        double sum = 0, squares = 0;
        for (var i = index - rule.WindowDays; i < index; i++)
        {
            sum += conflict[i];
            squares += (double)conflict[i] * conflict[i];
        }
        var mean = sum / rule.WindowDays;
        var deviation = Math.Max(Math.Sqrt(Math.Max(0, squares / rule.WindowDays - mean * mean)), rule.MinDeviation);
        var z = (today - mean) / deviation;
        return z >= rule.Threshold ? new EscalationAlert(point.Date, today, mean, deviation, z, point.GoldsteinSum) : null;
    }

    private static DateOnly Day(string date) => DateOnly.ParseExact(date, "yyyy-MM-dd", CultureInfo.InvariantCulture);
}
