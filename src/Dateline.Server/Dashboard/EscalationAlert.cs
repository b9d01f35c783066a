namespace Dateline.Server.Dashboard;

/// <summary>A day on which a dyad's conflict events jumped above its trailing baseline.</summary>
/// <param name="Date">The day (YYYY-MM-DD).</param>
/// <param name="Conflict">Conflict events that day (quad classes 3 and 4).</param>
/// <param name="BaselineMean">Mean daily conflict events over the window before it.</param>
/// <param name="BaselineDeviation">Their standard deviation, floored by the rule.</param>
/// <param name="Z">(conflict - mean) / deviation.</param>
/// <param name="GoldsteinSum">The day's Goldstein sum, for context.</param>
internal sealed record EscalationAlert(string Date, long Conflict, double BaselineMean, double BaselineDeviation, double Z, double GoldsteinSum);
