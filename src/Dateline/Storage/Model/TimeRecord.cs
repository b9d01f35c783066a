namespace Dateline.Storage.Model;

/// <summary>A time expression of one article (the <c>times</c> layer).</summary>
/// <param name="Span">The expression.</param>
/// <param name="Type">TIMEX3 type.</param>
/// <param name="Value">TIMEX3 value.</param>
/// <param name="Sentence">Index of its sentence.</param>
public sealed record TimeRecord(AnalysisSpan Span, string? Type, string? Value, int? Sentence);
