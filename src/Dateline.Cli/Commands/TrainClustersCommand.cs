using System.CommandLine;
using Dateline.Nlp.Clusters;

namespace Dateline.Cli.Commands;

/// <summary><c>dateline train clusters</c>: word classes by the exchange algorithm over the raw text of EWT train, GUM train and MEANTIME.</summary>
internal static class TrainClustersCommand
{
    public static Command Create()
    {
        var data = CommonOptions.Data();
        var output = new Option<string>("--out") { Description = "Where to write the table.", DefaultValueFactory = _ => "models/" + ClusterTraining.FileName };
        var coarse = new Option<int>("--coarse") { Description = "Number of coarse classes.", DefaultValueFactory = _ => 64 };
        var fine = new Option<int>("--fine") { Description = "Number of fine classes.", DefaultValueFactory = _ => 400 };
        var minCount = new Option<int>("--min-count") { Description = "Words seen fewer times are left out.", DefaultValueFactory = _ => 2 };
        var passes = new Option<int>("--passes") { Description = "Most exchange passes per clustering.", DefaultValueFactory = _ => 15 };
        var command = new Command("clusters", "Cluster words (exchange algorithm, class bigram likelihood) on the raw text of EWT train, GUM train and MEANTIME.")
        {
            data, output, coarse, fine, minCount, passes,
        };
        command.SetAction(parseResult =>
        {
            var folder = CommonOptions.ResolveData(parseResult.GetValue(data));
            var path = parseResult.GetValue(output)!;
            Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(path))!);
            int words;
            using (var stream = File.Create(path))
            {
                words = ClusterTraining.Train(folder, stream, parseResult.GetValue(coarse), parseResult.GetValue(fine),
                    parseResult.GetValue(minCount), parseResult.GetValue(passes), Console.WriteLine);
            }
            Console.WriteLine($"wrote {path}: {words} words ({new FileInfo(path).Length / 1024} KiB)");
            return 0;
        });
        return command;
    }
}
