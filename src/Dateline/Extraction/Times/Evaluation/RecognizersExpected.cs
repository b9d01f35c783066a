namespace Dateline.Extraction.Times.Evaluation;

/// <summary>One expected result of a Recognizers-Text case.</summary>
/// <param name="Text">The span text as the spec writes it.</param>
/// <param name="Timex">The spec's timex.</param>
/// <param name="Mod">The spec's mod (<c>before</c>, <c>after</c>, <c>since</c>, ...), or null.</param>
/// <param name="Resolutions">The spec's resolved values (past and future readings).</param>
internal sealed record RecognizersExpected(string Text, string Timex, string? Mod, List<string> Resolutions);
