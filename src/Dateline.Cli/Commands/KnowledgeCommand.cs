using System.CommandLine;

namespace Dateline.Cli.Commands;

/// <summary><c>dateline knowledge ...</c>: the built-in actor and agent knowledge and its conversion from and to TABARI files.</summary>
internal static class KnowledgeCommand
{
    public static Command Create()
    {
        var command = new Command("knowledge", "Built-in actor and agent knowledge: export it as TABARI/PETRARCH dictionaries, import TABARI dictionaries.");
        command.Subcommands.Add(KnowledgeExportCommand.Create());
        command.Subcommands.Add(KnowledgeImportCommand.Create());
        return command;
    }
}
