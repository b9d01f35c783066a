namespace Dateline.Extraction.Quantities.Evaluation;

/// <summary>A case that did not pass: the input, what the spec expects and what the layer gave.</summary>
/// <param name="Input">The input text.</param>
/// <param name="Expected">The expected values, joined.</param>
/// <param name="Actual">The values found, joined.</param>
public sealed record SpecFailure(string Input, string Expected, string Actual);

/// <summary>The score of one spec file.</summary>
/// <param name="File">The file, relative to the Recognizers-Text folder.</param>
/// <param name="Cases">Number of cases in the file.</param>
/// <param name="InScope">Cases evaluated.</param>
/// <param name="Passed">Cases whose values all match, in order.</param>
/// <param name="Excluded">Cases left out, by category.</param>
/// <param name="Failures">The cases that failed.</param>
public sealed record SpecFileScore(
    string File, int Cases, int InScope, int Passed, IReadOnlyDictionary<string, int> Excluded, IReadOnlyList<SpecFailure> Failures)
{
    /// <summary>Passed / in scope (0 when nothing is in scope).</summary>
    public double PassRate => InScope == 0 ? 0 : (double)Passed / InScope;
}

/// <summary>The result of <see cref="NumberSpecEvaluator"/>: one score per evaluated file, and the files left out.</summary>
/// <param name="Files">Scores of the evaluated files.</param>
/// <param name="SkippedFiles">Files not evaluated, each with the reason.</param>
public sealed record NumberSpecReport(IReadOnlyList<SpecFileScore> Files, IReadOnlyList<(string File, string Reason)> SkippedFiles);
