namespace Dateline.Storage.Model;

/// <summary>A span of an analyzed article: UTF-16 offsets [start, end) into its text, with the covered text when known.</summary>
/// <param name="Start">Inclusive start offset.</param>
/// <param name="End">Exclusive end offset.</param>
/// <param name="Text">The covered text, or null when the JSON gave none.</param>
public sealed record AnalysisSpan(int Start, int End, string? Text);
