using Dateline.Knowledge;
using Dateline.Models;

namespace Dateline.Cli.Commands;

/// <summary>The parsed options of <c>dateline analyze</c>.</summary>
internal sealed record AnalyzeOptions(
    IReadOnlyList<string> Inputs,
    DateTimeOffset? Date,
    string? Format,
    string? OutputPath,
    bool IncludeTokens,
    ModelRepository Models,
    int Parallelism)
{
    /// <summary>The dictionaries to link and code with; the built-in ones when null.</summary>
    public DictionarySet? Dictionaries { get; init; }
}
