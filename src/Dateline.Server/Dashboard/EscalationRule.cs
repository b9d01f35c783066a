namespace Dateline.Server.Dashboard;

/// <summary>
/// When a day of a dyad's series counts as an escalation: its conflict events (quad classes 3 and 4) stand
/// <see cref="Threshold"/> standard deviations or more above the mean of the <see cref="WindowDays"/> days before
/// it (days without events count as zero; the deviation is at least <see cref="MinDeviation"/>, so that a quiet
/// baseline does not turn one event into an alert), and there are at least <see cref="MinConflict"/> of them.
/// </summary>
/// <param name="WindowDays">Days of the trailing baseline (default 14).</param>
/// <param name="Threshold">Z-score at or above which a day is an alert (default 2.5).</param>
/// <param name="MinConflict">Fewest conflict events on an alert day (default 2).</param>
/// <param name="MinDeviation">Floor of the baseline's standard deviation (default 1 event).</param>
internal sealed record EscalationRule(int WindowDays = 14, double Threshold = 2.5, long MinConflict = 2, double MinDeviation = 1)
{
    /// <summary>The rule the dashboard uses.</summary>
    public static EscalationRule Default { get; } = new();
}
