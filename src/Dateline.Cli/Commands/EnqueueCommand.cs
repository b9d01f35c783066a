using System.CommandLine;
using Dateline.Broker;

namespace Dateline.Cli.Commands;

/// <summary><c>dateline enqueue FILE|DIR|FEED... --broker amqp://...</c>: publishes articles to the work queue for <c>dateline worker</c>.</summary>
internal static class EnqueueCommand
{
    public static Command Create()
    {
        var inputs = new Argument<string[]>("inputs")
        {
            Description = "Files, folders, feeds or '-' for standard input (text, HTML, RSS/Atom, JSONL, PETRARCH XML).",
            Arity = ArgumentArity.OneOrMore,
        };
        var broker = BrokerOptions.Broker();
        var queue = BrokerOptions.Queue();
        var date = new Option<string?>("--date") { Description = "Publication date (YYYY-MM-DD) for articles whose input gives none." };
        var command = new Command("enqueue", "Publish articles to the work queue (persistent, confirmed by the broker) for workers to analyze and store.")
        {
            inputs, broker, queue, date,
        };
        command.SetAction(result =>
        {
            var url = BrokerOptions.Url(result.GetValue(broker)!);
            var names = new QueueNames(result.GetValue(queue)!);
            var day = CliDates.Parse(result.GetValue(date), "--date");
            var items = InputReader.Read(result.GetValue(inputs) ?? [], Console.OpenStandardInput(), day);
            var (published, failed) = BrokerOptions.Run(cancel => PublishAsync(url, names, items, cancel));
            Console.Error.WriteLine($"dateline enqueue: {published} articles queued on {names.Queue}, {failed} inputs failed.");
            return failed == 0 ? 0 : 1;
        });
        return command;
    }

    private static async Task<(int Published, int Failed)> PublishAsync(string url, QueueNames names, IEnumerable<InputItem> items, CancellationToken cancel)
    {
        var failed = 0;
        await using var publisher = await ArticlePublisher.OpenAsync(url, names, BrokerOptions.Log("enqueue"), cancel);
        foreach (var item in items)
        {
            if (item.Document is { } document)
            {
                await publisher.PublishAsync(document, cancel);
                continue;
            }
            Console.Error.WriteLine(item.Error);
            failed++;
        }
        await publisher.FlushAsync();
        return (publisher.Confirmed, failed);
    }
}
