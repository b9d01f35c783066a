using System.CommandLine;
using Dateline.Broker;

namespace Dateline.Cli.Commands;

/// <summary><c>dateline deadletters [--requeue]</c>: lists the dead-letter queue, one line per article, and optionally moves them back.</summary>
internal static class DeadLettersCommand
{
    public static Command Create()
    {
        var broker = BrokerOptions.Broker();
        var queue = BrokerOptions.Queue();
        var requeue = new Option<bool>("--requeue") { Description = "Move every dead letter back to the work queue (after fixing what failed)." };
        var command = new Command("deadletters", "List articles that failed every attempt, with their errors; --requeue moves them back to the work queue.")
        {
            broker, queue, requeue,
        };
        command.SetAction(result =>
        {
            var url = BrokerOptions.Url(result.GetValue(broker)!);
            var names = new QueueNames(result.GetValue(queue)!);
            var again = result.GetValue(requeue);
            var letters = BrokerOptions.Run(cancel => DeadLetterQueue.ReadAsync(url, names, again, BrokerOptions.Log("deadletters"), cancel));
            foreach (var letter in letters)
            {
                Console.Out.WriteLine(string.Join('\t', letter.MessageId ?? "-", letter.Attempts.ToString(System.Globalization.CultureInfo.InvariantCulture),
                    letter.Worker ?? "-", letter.FailedAt ?? "-", letter.Title ?? "-", letter.Error.ReplaceLineEndings(" ")));
            }
            Console.Error.WriteLine($"dateline deadletters: {letters.Count} in {names.DeadQueue}" + (again ? $", moved back to {names.Queue}." : "."));
            return 0;
        });
        return command;
    }
}
