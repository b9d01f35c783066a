using System.CommandLine;

namespace Dateline.Cli.Commands;

/// <summary><c>dateline corpus generate|bench</c>: a synthetic corpus for measuring the store, and its query timings.</summary>
internal static class CorpusCommand
{
    public static Command Create() => new("corpus", "Synthetic corpora for measuring the store.")
    {
        CorpusGenerateCommand.Create(),
        CorpusBenchCommand.Create(),
    };
}
