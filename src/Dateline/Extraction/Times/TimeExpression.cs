namespace Dateline.Extraction.Times;

/// <summary>
/// A time expression of the text with its TIMEX3 normalization. <see cref="Value"/> follows the TimeML
/// conventions (<c>2022-02-16</c>, <c>2022-W07</c>, <c>P2D</c>, <c>PRESENT_REF</c>); parts that depend on a
/// reference date that is not known are written as <c>X</c> placeholders and <see cref="Anchored"/> is false.
/// </summary>
/// <param name="Start">Character offset of the expression's first character.</param>
/// <param name="End">Character offset one past its last character.</param>
/// <param name="Type">DATE, TIME, DURATION or SET.</param>
/// <param name="Value">The TIMEX3 value.</param>
/// <param name="Sentence">Index of the sentence holding the expression.</param>
public sealed record TimeExpression(int Start, int End, TimeType Type, string Value, int Sentence)
{
    /// <summary>TIMEX3 <c>mod</c>: START, MID, END, APPROX, BEFORE, AFTER, ON_OR_AFTER, ON_OR_BEFORE, LESS_THAN, MORE_THAN, EQUAL_OR_MORE; null for none.</summary>
    public string? Mod { get; init; }

    /// <summary>For a range (<c>from Monday to Wednesday</c>): the value of its first point; for a duration counted from the reference date (<c>the next 3 days</c>) its first day; otherwise null.</summary>
    public string? RangeBegin { get; init; }

    /// <summary>For a range: the value of its last point; for a duration counted from the reference date, its end; otherwise null.</summary>
    public string? RangeEnd { get; init; }

    /// <summary>
    /// False when the value needed a reference date that was not known (it then holds <c>X</c> placeholders);
    /// true when the value is complete, whether or not it needed one.
    /// </summary>
    public bool Anchored { get; init; } = true;

    /// <summary>The reference date the value was resolved against, or null when none was used.</summary>
    public DateOnly? Anchor { get; init; }
}
