using System.CommandLine;
using Dateline.Corpora;

namespace Dateline.Cli.Commands;

/// <summary>Options several commands share.</summary>
internal static class CommonOptions
{
    /// <summary><c>--data DIR</c>: the shared data folder (default: found beside the repository).</summary>
    public static Option<string?> Data() => new("--data")
    {
        Description = "The shared data folder (default: ../shared/data beside the repository, or $DATELINE_SHARED_DATA).",
    };

    /// <summary>Resolves <c>--data</c>, or reports that the data folder cannot be found.</summary>
    public static string ResolveData(string? given) =>
        given ?? SharedData.Locate(Directory.GetCurrentDirectory()) ?? SharedData.Locate()
        ?? throw new CliException("cannot find ../shared/data; pass --data DIR or set " + SharedData.EnvironmentVariable + ".");
}
