namespace Dateline.Knowledge.Dictionaries;

/// <summary>A verb transformation line (<c>~ a (a b ATTACK) SAY = a b 015</c>): a nested-event pattern and what it becomes.</summary>
/// <param name="Pattern">The text left of <c>=</c>.</param>
/// <param name="Result">The text right of <c>=</c>.</param>
/// <param name="Line">The line.</param>
public sealed record VerbTransformation(string Pattern, string Result, int Line);
