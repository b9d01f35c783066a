namespace Dateline.Server;

/// <summary>One page of a list: its rows, where it starts, and the link to the next page (null on the last).</summary>
/// <param name="Items">The rows.</param>
/// <param name="Offset">Rows skipped before this page.</param>
/// <param name="Limit">The page size asked for.</param>
/// <param name="Next">The relative URL of the next page, or null.</param>
internal sealed record Page<T>(IReadOnlyList<T> Items, int Offset, int Limit, string? Next);
