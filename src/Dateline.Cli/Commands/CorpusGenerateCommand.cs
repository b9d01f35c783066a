using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using Dateline.Storage;
using Dateline.Storage.Synthetic;

namespace Dateline.Cli.Commands;

/// <summary><c>dateline corpus generate --events N [--store ...]</c>: fills a store with a synthetic corpus through the normal write path.</summary>
internal static class CorpusGenerateCommand
{
    public static Command Create()
    {
        var store = StoreOptions.Store();
        var events = new Option<int>("--events") { Description = "Event mentions to generate (default 1,000,000).", DefaultValueFactory = _ => 1_000_000 };
        var perArticle = new Option<int>("--per-article") { Description = "Events per article (default 10).", DefaultValueFactory = _ => 10 };
        var seed = new Option<int>("--seed") { Description = "Seed (default 1).", DefaultValueFactory = _ => 1 };
        var first = new Option<int>("--first") { Description = "Number of the first article (to add to a corpus: use another --seed too).", DefaultValueFactory = _ => 0 };
        var batch = new Option<int>("--batch") { Description = "Articles per transaction (default 500).", DefaultValueFactory = _ => 500 };
        var command = new Command("generate", "Fill a store with a synthetic corpus (made-up text, skewed dyads, three years of dates).")
        {
            store, events, perArticle, seed, first, batch,
        };
        command.SetAction(result =>
        {
            var per = Math.Max(1, result.GetValue(perArticle));
            var articles = Math.Max(1, result.GetValue(events) / per);
            var size = Math.Max(1, result.GetValue(batch));
            using var target = StoreOptions.Open(result.GetValue(store)!);
            var corpus = new SyntheticCorpus(result.GetValue(seed), per);
            var clock = Stopwatch.StartNew();
            var pending = new List<ArticleAnalysis>(size);
            var stored = 0;
            var offset = Math.Max(0, result.GetValue(first));
            for (var i = 0; i < articles; i++)
            {
                pending.Add(corpus.Next(offset + i));
                if (pending.Count < size && i < articles - 1) continue;
                stored += target.Add(pending).Added;
                pending.Clear();
                Console.Error.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"corpus: {stored} articles, {stored * per} event mentions, {clock.Elapsed.TotalSeconds:0} s"));
            }
            var counts = target.Counts();
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{counts.Articles} articles, {counts.Events} events, {counts.EventMentions} event mentions in {clock.Elapsed.TotalSeconds:0.0} s"));
            return 0;
        });
        return command;
    }
}
