namespace Dateline.Extraction.Times;

/// <summary>The tense of the clause around a time expression, as far as it decides a weekday's direction.</summary>
internal enum Tense
{
    /// <summary>No verb found, or the tense says nothing about direction.</summary>
    Unknown,
    /// <summary>Past: VBD, VBN, <c>did</c>, <c>had</c>.</summary>
    Past,
    /// <summary>Future: <c>will</c>, <c>shall</c>, <c>going to</c>.</summary>
    Future,
}
