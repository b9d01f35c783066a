using System.CommandLine;
using System.Globalization;
using Dateline.Nlp.Entities;

namespace Dateline.Cli.Commands;

/// <summary><c>dateline train ner</c>: trains the named-entity model on GUM train + UNER EWT dev.</summary>
internal static class TrainNerCommand
{
    public static Command Create()
    {
        var data = CommonOptions.Data();
        var output = new Option<string>("--out") { Description = "Where to write the model.", DefaultValueFactory = _ => "models/ner.bin" };
        var seed = new Option<int>("--seed") { Description = "Shuffling seed.", DefaultValueFactory = _ => 3 };
        var iterations = new Option<int>("--iterations") { Description = "Passes over the training data.", DefaultValueFactory = _ => 8 };
        var command = new Command("ner", "Train the named-entity recognizer (GUM train + UNER EWT dev; GUM dev score printed per pass).")
        {
            data, output, seed, iterations,
        };
        command.SetAction(parseResult =>
        {
            var dataDirectory = CommonOptions.ResolveData(parseResult.GetValue(data));
            var path = parseResult.GetValue(output)!;
            if (parseResult.GetValue(iterations) < 1) throw new CliException("--iterations must be at least 1.");
            Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(path))!);
            using var stream = File.Create(path);
            var summary = NerTraining.Train(dataDirectory, stream, parseResult.GetValue(iterations), parseResult.GetValue(seed),
                (iteration, dev) => Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"pass {iteration,2}: GUM dev P {dev.Micro.Precision:F1} R {dev.Micro.Recall:F1} F1 {dev.Micro.F1:F1}")));
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"trained on {summary.Sentences} sentences ({summary.Tokens} tokens); {summary.Features} features, {summary.Bytes} bytes -> {path}"));
            return 0;
        });
        return command;
    }
}
