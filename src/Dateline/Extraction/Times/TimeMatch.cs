namespace Dateline.Extraction.Times;

/// <summary>A stretch of words <c>[First, End)</c> of a sentence that the grammar read as a time expression.</summary>
internal readonly record struct TimeMatch(int First, int End, TimeSpec Spec);
