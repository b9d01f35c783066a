using System.CommandLine;

namespace Dateline.Cli.Commands;

/// <summary><c>dateline eval ...</c>: measures accuracy on held-out data and prints the figures.</summary>
internal static class EvalCommand
{
    public static Command Create()
    {
        var command = new Command("eval", "Measure accuracy on held-out data from ../shared/data.");
        // One subcommand per evaluation; each lives in its own file.
        command.Subcommands.Add(EvalSegmentCommand.Create());
        command.Subcommands.Add(EvalTaggerCommand.Create());
        command.Subcommands.Add(EvalParserCommand.Create());
        command.Subcommands.Add(EvalNerCommand.Create());
        command.Subcommands.Add(EvalNlpCommand.Create());
        command.Subcommands.Add(EvalNumbersCommand.Create());
        command.Subcommands.Add(EvalTimeCommand.Create());
        command.Subcommands.Add(EvalGeoCommand.Create());
        command.Subcommands.Add(EvalEntitiesCommand.Create());
        command.Subcommands.Add(EvalEventsCommand.Create());
        command.Subcommands.Add(EvalQuotesCommand.Create());
        command.Subcommands.Add(EvalDedupCommand.Create());
        return command;
    }
}
