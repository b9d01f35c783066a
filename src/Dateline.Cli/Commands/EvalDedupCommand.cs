using System.CommandLine;
using System.Globalization;
using Dateline.Storage.Dedup;

namespace Dateline.Cli.Commands;

/// <summary><c>dateline eval dedup [--data DIR]</c>: syndication clustering precision and recall on pairs derived from GUM and MEANTIME.</summary>
internal static class EvalDedupCommand
{
    public static Command Create()
    {
        var data = CommonOptions.Data();
        var seed = new Option<int>("--seed") { Description = "Seed of the pair generator (default 8).", DefaultValueFactory = _ => 8 };
        var command = new Command("dedup", "Syndication clustering (MinHash + LSH) precision/recall on near-duplicates derived from GUM news and MEANTIME.") { data, seed };
        command.SetAction(result =>
        {
            var report = SyndicationEvaluator.Evaluate(CommonOptions.ResolveData(result.GetValue(data)), result.GetValue(seed));
            var inv = CultureInfo.InvariantCulture;
            Console.WriteLine(string.Format(inv, "{0} articles, {1} derived copies, {2} pairs of different articles.", report.Articles, report.Copies, report.Different));
            Console.WriteLine("| threshold | TP | FP | FN | precision | recall |");
            Console.WriteLine("|---:|---:|---:|---:|---:|---:|");
            foreach (var s in report.Scores)
            {
                var mark = Math.Abs(s.Threshold - MinHasher.SyndicationThreshold) < 1e-9 ? " (store)" : "";
                Console.WriteLine(string.Format(inv, "| {0:0.0}{1} | {2} | {3} | {4} | {5:F3} | {6:F3} |", s.Threshold, mark, s.TruePositives, s.FalsePositives, s.FalseNegatives, s.Precision, s.Recall));
            }
            Console.WriteLine(string.Format(inv, "Recall at {0:0.0} by kind of copy: {1}.", MinHasher.SyndicationThreshold,
                string.Join(", ", report.RecallByKind.OrderBy(k => k.Key, StringComparer.Ordinal).Select(k => string.Format(inv, "{0} {1:F3}", k.Key, k.Value)))));
            Console.WriteLine("Highest similarity between different articles: " + string.Join(", ",
                report.MaxDifferentSimilarity.OrderBy(k => k.Key, StringComparer.Ordinal).Select(k => string.Format(inv, "{0} {1:F3}", k.Key, k.Value))) + ".");
            return 0;
        });
        return command;
    }
}
