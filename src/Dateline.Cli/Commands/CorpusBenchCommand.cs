using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using Dateline.Storage;
using Dateline.Storage.Reading;

namespace Dateline.Cli.Commands;

/// <summary>
/// <c>dateline corpus bench [--store ...] [--runs N]</c>: times the analyst's queries on a (synthetic) corpus:
/// dyad series and filtered event lists with varied arguments; prints p50, p95 and max per kind in milliseconds.
/// </summary>
internal static class CorpusBenchCommand
{
    private static readonly string[] Countries = ["RUS", "UKR", "USA", "CHN", "ISR", "PSE", "IRN", "IND", "PAK", "GBR"];
    private static readonly string[] Roots = ["01", "04", "05", "11", "13", "17", "18", "19", "20"];
    private static readonly string[] Plover = ["ASSAULT", "CONSULT", "ACCUSE", "AID", "THREATEN"];
    private static readonly string[] Iso2 = ["UA", "RU", "PS", "IL", "CN", "US", "IR", "SY"];

    public static Command Create()
    {
        var store = StoreOptions.Store();
        var runs = new Option<int>("--runs") { Description = "Runs per kind of query (default 100).", DefaultValueFactory = _ => 100 };
        var command = new Command("bench", "Time dyad series and filtered event lists on a store: p50/p95/max per kind (ms).") { store, runs };
        command.SetAction(result =>
        {
            using var target = StoreOptions.Open(result.GetValue(store)!);
            var n = Math.Max(1, result.GetValue(runs));
            var random = new Random(7);
            Console.WriteLine("| query | runs | rows (mean) | p50 ms | p95 ms | max ms |");
            Console.WriteLine("|---|---:|---:|---:|---:|---:|");
            Time(target, n, "series --dyad A:B (whole corpus)", () => new StoreQuery { Source = Pick(random, Countries), Target = Pick(random, Countries), Limit = null }, series: true);
            Time(target, n, "events --dyad A:B --limit 100", () => new StoreQuery { Source = Pick(random, Countries), Target = Pick(random, Countries) });
            Time(target, n, "events --cameo ROOT --from --to (30 days)", () => Window(random, 30) with { Cameo = Pick(random, Roots) });
            Time(target, n, "events --country CC --from --to (90 days)", () => Window(random, 90) with { Country = Pick(random, Iso2) });
            Time(target, n, "events --quad Q --from --to (7 days)", () => Window(random, 7) with { QuadClass = 1 + random.Next(4) });
            Time(target, n, "events --actor A --plover TYPE", () => new StoreQuery { Actor = Pick(random, Countries), Plover = Pick(random, Plover) });
            Time(target, n, "events --dyad A:B --from --to (30 days)", () => Window(random, 30) with { Source = Pick(random, Countries), Target = Pick(random, Countries) });
            return 0;
        });
        return command;
    }

    private static void Time(IArticleStore store, int runs, string name, Func<StoreQuery> next, bool series = false)
    {
        var times = new double[runs];
        long rows = 0;
        for (var i = 0; i < runs; i++)
        {
            var query = next();
            var clock = Stopwatch.StartNew();
            rows += series ? store.Series(query).Count : store.Events(query).Count();
            times[i] = clock.Elapsed.TotalMilliseconds;
        }
        Array.Sort(times);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"| {name} | {runs} | {(double)rows / runs:0} | {Percentile(times, 0.5):0.0} | {Percentile(times, 0.95):0.0} | {times[^1]:0.0} |"));
    }

    private static double Percentile(double[] sorted, double p) => sorted[Math.Min(sorted.Length - 1, (int)Math.Ceiling(p * sorted.Length) - 1)];

    private static StoreQuery Window(Random random, int days)
    {
        var from = new DateOnly(2020, 1, 1).AddDays(random.Next(3 * 365 - days));
        return new StoreQuery
        {
            From = from.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            To = from.AddDays(days - 1).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        };
    }

    private static string Pick(Random random, string[] values) => values[random.Next(values.Length)];
}
