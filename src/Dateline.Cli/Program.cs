using System.CommandLine;
using Dateline.Cli.Commands;

namespace Dateline.Cli;

/// <summary>The <c>dateline</c> command.</summary>
public static class Program
{
    /// <summary>Entry point: parses the command line and runs the chosen command.</summary>
    public static int Main(string[] args)
    {
        var root = new RootCommand("Dateline: news articles to structured, auditable event knowledge.")
        {
            TrainCommand.Create(),
            EvalCommand.Create(),
            AnalyzeCommand.Create(),
            IngestCommand.Create(),
            QueryCommand.Create(),
            ExportCommand.Create(),
            CorpusCommand.Create(),
            DictionariesCommand.Create(),
            KnowledgeCommand.Create(),
            ServeCommand.Create(),
            EnqueueCommand.Create(),
            WorkerCommand.Create(),
            DeadLettersCommand.Create(),
            StatusCommand.Create(),
        };
        try
        {
            return root.Parse(args).Invoke(new InvocationConfiguration { EnableDefaultExceptionHandler = false });
        }
        catch (CliException ex)
        {
            Console.Error.WriteLine("dateline: " + ex.Message);
            return 2;
        }
    }
}
