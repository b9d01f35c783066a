using Dateline.Server.Dashboard;
using Dateline.Storage.Reading;

namespace Dateline.Server.Tests.Dashboard;

public sealed class EscalationAlertsTest
{
    private static SeriesPoint Day(string date, long conflict, long cooperation = 0) =>
        new(date, conflict + cooperation, cooperation, 0, 0, conflict, -10.0 * conflict + cooperation, null);

    [Fact]
    public void A_burst_of_conflict_after_a_quiet_fortnight_is_an_alert()
    {
        var alert = Assert.Single(EscalationAlerts.Find([Day("2022-02-01", 0, cooperation: 1), Day("2022-02-15", 3)], EscalationRule.Default));
        Assert.Equal("2022-02-15", alert.Date);
        Assert.Equal((3L, 0.0, 1.0, 3.0, -30.0), (alert.Conflict, alert.BaselineMean, alert.BaselineDeviation, alert.Z, alert.GoldsteinSum));
    }

    [Fact]
    public void The_first_day_is_measured_against_quiet_days_before_it()
    {
        Assert.Equal(["2022-02-15"], EscalationAlerts.Find([Day("2022-02-15", 3)], EscalationRule.Default).Select(a => a.Date));
    }

    [Fact]
    public void A_steady_level_of_conflict_alerts_only_while_the_baseline_catches_up()
    {
        // Four a day from 1 March: day 2 has one four in its window (z 3.6), day 3 two of them (z 2.45, below 2.5).
        var days = Enumerable.Range(1, 20).Select(d => Day($"2022-03-{d:00}", 4)).ToList();
        Assert.Equal(["2022-03-01", "2022-03-02"], EscalationAlerts.Find(days, EscalationRule.Default).Select(a => a.Date));
    }

    [Fact]
    public void A_single_conflict_event_is_below_the_minimum()
    {
        Assert.Empty(EscalationAlerts.Find([Day("2022-02-15", 1)], EscalationRule.Default));
    }

    [Fact]
    public void Cooperation_does_not_count_as_escalation()
    {
        Assert.Empty(EscalationAlerts.Find([Day("2022-02-15", 0, cooperation: 9)], EscalationRule.Default));
    }

    [Fact]
    public void A_jump_is_measured_against_a_noisy_baseline()
    {
        // Alternating 0 and 4 conflict events: mean 2, deviation 2. Six is z = 2 (no alert); eight is z = 3 (alert).
        var quiet = Enumerable.Range(1, 14).Select(d => Day($"2022-03-{d:00}", d % 2 == 0 ? 4 : 0)).ToList();
        Assert.DoesNotContain(EscalationAlerts.Find([.. quiet, Day("2022-03-15", 6)], EscalationRule.Default), a => a.Date == "2022-03-15");
        var jump = Assert.Single(EscalationAlerts.Find([.. quiet, Day("2022-03-15", 8)], EscalationRule.Default), a => a.Date == "2022-03-15");
        Assert.Equal(3.0, jump.Z, 9);
    }

    [Fact]
    public void Days_missing_from_the_series_count_as_zero_in_the_baseline()
    {
        // Ten conflict events ten days apart: the quiet days between keep the second one an alert.
        var alerts = EscalationAlerts.Find([Day("2022-03-01", 10), Day("2022-03-11", 10)], EscalationRule.Default);
        Assert.Equal(["2022-03-01", "2022-03-11"], alerts.Select(a => a.Date));
        Assert.Equal(10.0 / 14, alerts[1].BaselineMean, 9);
    }

    [Fact]
    public void An_empty_series_has_no_alerts()
    {
        Assert.Empty(EscalationAlerts.Find([], EscalationRule.Default));
    }
}
