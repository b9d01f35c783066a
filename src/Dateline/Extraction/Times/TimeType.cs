namespace Dateline.Extraction.Times;

/// <summary>The TIMEX3 type of a time expression.</summary>
public enum TimeType
{
    /// <summary>A calendar date or period: <c>2022-02-16</c>, <c>2022-W07</c>, <c>2022-Q1</c>, <c>PAST_REF</c>.</summary>
    Date,
    /// <summary>A time of day, with its date: <c>2022-02-15T13:00Z</c>, <c>2022-02-15TMO</c>.</summary>
    Time,
    /// <summary>A length of time: <c>P3D</c>, <c>PT48H</c>, <c>P10Y</c>.</summary>
    Duration,
    /// <summary>A recurring time: <c>P1W</c> (weekly), <c>XXXX-WXX-1</c> (each Monday).</summary>
    Set,
}
