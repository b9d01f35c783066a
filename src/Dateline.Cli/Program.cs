using System.CommandLine;

namespace Dateline.Cli;

/// <summary>The <c>dateline</c> command.</summary>
public static class Program
{
    /// <summary>Entry point: parses the command line and runs the chosen command.</summary>
    public static int Main(string[] args)
    {
        var root = new RootCommand("Dateline: news articles to structured, auditable event knowledge.");
        return root.Parse(args).Invoke();
    }
}
