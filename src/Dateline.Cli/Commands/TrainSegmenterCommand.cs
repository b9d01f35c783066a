using System.CommandLine;
using Dateline.Text;

namespace Dateline.Cli.Commands;

/// <summary>
/// <c>dateline train segmenter [--data DIR] [--out FILE] [--seed N] [--epochs N] [--threshold X]</c>: trains the
/// sentence-boundary model on UD English-EWT train and writes it (default <c>models/segmenter-boundaries.bin</c>).
/// </summary>
internal static class TrainSegmenterCommand
{
    public static Command Create()
    {
        var data = CommonOptions.Data();
        var output = new Option<string>("--out")
        {
            Description = "Where to write the model.",
            DefaultValueFactory = _ => Path.Combine("models", "segmenter-boundaries.bin"),
        };
        var seed = new Option<int>("--seed") { Description = "Shuffling seed.", DefaultValueFactory = _ => 1 };
        var epochs = new Option<int>("--epochs") { Description = "Passes over the examples.", DefaultValueFactory = _ => 5 };
        var threshold = new Option<float>("--threshold")
        {
            Description = "Score above which a gap ends a sentence (tune on dev with 'dateline eval segment --models').",
            DefaultValueFactory = _ => 0f,
        };
        var command = new Command("segmenter", "Train the sentence-boundary model of the segmenter on UD English-EWT train.")
        {
            data, output, seed, epochs, threshold,
        };
        command.SetAction(parseResult =>
        {
            var train = Path.Combine(CommonOptions.ResolveData(parseResult.GetValue(data)), "ud-english-ewt", "en_ewt-ud-train.conllu");
            if (!File.Exists(train)) throw new CliException($"cannot find {train}.");
            var path = parseResult.GetValue(output)!;
            var folder = Path.GetDirectoryName(Path.GetFullPath(path));
            if (folder != null) Directory.CreateDirectory(folder);
            using var stream = File.Create(path);
            var report = SegmenterTrainer.Train(train, stream, parseResult.GetValue(seed), parseResult.GetValue(epochs), parseResult.GetValue(threshold));
            Console.WriteLine($"trained on {report.Examples} gaps ({report.Boundaries} sentence starts), {report.Epochs} epochs, seed {report.Seed}; wrote {path}");
            return 0;
        });
        return command;
    }
}
