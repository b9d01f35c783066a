namespace Dateline.Extraction.Times;

/// <summary>Options of the time-expression stage.</summary>
public sealed record TimeOptions
{
    /// <summary>
    /// How to read an ambiguous numeric date such as <c>03/02/2022</c>: false (the default) reads it month first
    /// (<c>2022-03-02</c>, US and wire practice, as MEANTIME and Recognizers-Text do); true reads it day first
    /// (<c>2022-02-03</c>, British and Indian practice). A date whose first number exceeds 12 is day first either way.
    /// </summary>
    public bool DayFirst { get; init; }

    /// <summary>
    /// When true (the default) the stage declares the <c>tags</c> layer as required, to read the clause's tense from
    /// PTB XPOS. When false it runs without a tagger and falls back to a small word list for the tense.
    /// </summary>
    public bool RequireTags { get; init; } = true;
}
