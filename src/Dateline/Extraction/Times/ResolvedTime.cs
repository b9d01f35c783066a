namespace Dateline.Extraction.Times;

/// <summary>A resolved TIMEX3: type, value, range points, and whether a missing reference date left placeholders.</summary>
internal readonly record struct ResolvedTime(TimeType Type, string Value, string? Begin, string? End, bool Anchored, bool UsedAnchor);
