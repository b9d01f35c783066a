using System.CommandLine;

namespace Dateline.Cli.Commands;

/// <summary><c>dateline train tagger|parser|ner</c>: trains a model from ../shared/data and writes it to <c>--out</c>.</summary>
internal static class TrainCommand
{
    public static Command Create()
    {
        var command = new Command("train", "Train a model from the shared data (deterministic for a given seed).");
        // One subcommand per model; each lives in its own file.
        command.Subcommands.Add(TrainSegmenterCommand.Create());
        command.Subcommands.Add(TrainTaggerCommand.Create());
        command.Subcommands.Add(TrainParserCommand.Create());
        command.Subcommands.Add(TrainNerCommand.Create());
        command.Subcommands.Add(TrainClustersCommand.Create());
        return command;
    }
}
