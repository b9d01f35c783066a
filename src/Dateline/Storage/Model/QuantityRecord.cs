namespace Dateline.Storage.Model;

/// <summary>A quantity of one article (the <c>quantities</c> layer).</summary>
/// <param name="Span">The phrase.</param>
/// <param name="Value">The value with scales applied.</param>
/// <param name="Kind">count, money, percent, measure or ordinal.</param>
/// <param name="Unit">Counted noun or unit, when any.</param>
/// <param name="Currency">ISO 4217 code of a money amount, when any.</param>
/// <param name="Sentence">Index of its sentence.</param>
public sealed record QuantityRecord(AnalysisSpan Span, double? Value, string? Kind, string? Unit, string? Currency, int? Sentence);
