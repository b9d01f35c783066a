namespace Dateline.Knowledge.Dictionaries;

/// <summary>A line of an issue file with the phrases it expands to.</summary>
/// <param name="Forms">The phrases (upper-case words) after expanding <c>n:</c>, <c>v:</c> and <c>+</c>.</param>
/// <param name="Code">The issue code, or null for ignore phrases.</param>
/// <param name="Category">The enclosing <c>&lt;ISSUE CATEGORY="..."&gt;</c>, or null outside one.</param>
/// <param name="Kind">Code, or an ignore phrase at sentence or story level.</param>
/// <param name="Line">The line of the entry.</param>
public sealed record IssueEntry(IReadOnlyList<IReadOnlyList<string>> Forms, string? Code, string? Category, IssueKind Kind, int Line);
