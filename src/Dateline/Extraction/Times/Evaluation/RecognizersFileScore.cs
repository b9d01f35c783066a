namespace Dateline.Extraction.Times.Evaluation;

/// <summary>Pass rate on one Recognizers-Text spec file.</summary>
/// <param name="File">The file name.</param>
/// <param name="Cases">Cases in the file.</param>
/// <param name="InScope">Cases in scope (see <see cref="RecognizersEvaluator"/>).</param>
/// <param name="Passed">In-scope cases passed.</param>
public sealed record RecognizersFileScore(string File, int Cases, int InScope, int Passed)
{
    /// <summary>Passed / in scope.</summary>
    public double PassRate => InScope == 0 ? 0 : (double)Passed / InScope;
}
