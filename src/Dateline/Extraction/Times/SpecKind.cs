namespace Dateline.Extraction.Times;

/// <summary>The shapes of what a time expression says, before it is resolved against a date.</summary>
internal enum SpecKind
{
    /// <summary>Calendar fields, some of which may need the reference year (<c>February 16</c>, <c>Q3 2021</c>).</summary>
    Calendar,
    /// <summary>The reference date moved by <see cref="TimeSpec.Offset"/> units (<c>last week</c>, <c>two days ago</c>).</summary>
    Relative,
    /// <summary>A weekday, past or coming by tense or by <see cref="TimeSpec.Offset"/> (<c>on Tuesday</c>, <c>next Friday</c>).</summary>
    Weekday,
    /// <summary>PRESENT_REF, PAST_REF or FUTURE_REF.</summary>
    Reference,
    /// <summary>A length of time.</summary>
    Duration,
    /// <summary>A recurring time.</summary>
    Set,
    /// <summary>A time of day on the date of <see cref="TimeSpec.Date"/> (the reference date when null).</summary>
    Clock,
    /// <summary>From <see cref="TimeSpec.Date"/> to <see cref="TimeSpec.Until"/>.</summary>
    Range,
}
