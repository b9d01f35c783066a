using System.CommandLine;
using System.Globalization;
using Dateline.Corpora;
using Dateline.Documents;
using Dateline.Models;
using Dateline.Nlp.Parsing;
using Dateline.Nlp.Tagging;

namespace Dateline.Cli.Commands;

/// <summary><c>dateline train parser</c>: trains the dependency parser on UD EWT train (+ GUM train), best pass chosen on EWT dev.</summary>
internal static class TrainParserCommand
{
    public static Command Create()
    {
        var data = CommonOptions.Data();
        var output = new Option<string>("--out") { Description = "Where to write the model.", DefaultValueFactory = _ => "models/parser.bin" };
        var seed = new Option<int>("--seed") { Description = "Seed for shuffling and exploration.", DefaultValueFactory = _ => 1 };
        var iterations = new Option<int>("--iterations") { Description = "Passes over the training data.", DefaultValueFactory = _ => new ParserTrainingOptions().Iterations };
        var gum = new Option<bool>("--gum") { Description = "Also train on the GUM documents of GUM's train split (default true; --gum false for EWT only).", DefaultValueFactory = _ => true };
        var noise = new Option<double>("--tag-noise") { Description = "Share of training words given jackknifed most-frequent tags instead of gold ones (0 for gold tags only).", DefaultValueFactory = _ => new ParserTrainingOptions().TagNoise };
        var jackknife = new Option<int>("--jackknife") { Description = "Train on tags predicted by one-pass taggers over this many folds (0: gold tags with --tag-noise). Dev is then parsed with the shipped tagger's tags.", DefaultValueFactory = _ => 0 };
        var tagCache = new Option<string?>("--tag-cache") { Description = "File holding the jackknifed training tags: read when it exists, written after tagging otherwise." };
        var command = new Command("parser", "Train the dependency parser on UD English-EWT train; the best pass on EWT dev is kept.") { data, output, seed, iterations, gum, noise, jackknife, tagCache };
        command.SetAction(parseResult =>
        {
            var folder = CommonOptions.ResolveData(parseResult.GetValue(data));
            var train = ParserTrainingData.Ewt(folder, "train").ToList();
            if (parseResult.GetValue(gum)) train.AddRange(ParserTrainingData.GumTrain(folder));
            var dev = ParserTrainingData.Ewt(folder, "dev");
            var options = new ParserTrainingOptions { Seed = parseResult.GetValue(seed), Iterations = parseResult.GetValue(iterations), TagNoise = parseResult.GetValue(noise) };
            var folds = parseResult.GetValue(jackknife);
            var trainingTags = folds > 0 ? JackknifeTags(train, folds, options.Seed, parseResult.GetValue(tagCache)) : null;
            var devTags = folds > 0 ? ShippedTags(dev) : null;
            Console.WriteLine($"training on {train.Count} sentences, {options.Iterations} passes, seed {options.Seed}");
            var parser = ParserTrainer.Train(train, options, dev, p => Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"pass {p.Iteration,2}: move errors {100.0 * p.ActionErrors / Math.Max(1, p.Transitions):F2}%  dev UAS {p.Dev?.Uas:F2} LAS {p.Dev?.Las:F2}")),
                trainingTags, devTags);
            var path = parseResult.GetValue(output)!;
            Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(path))!);
            using (var stream = File.Create(path))
            {
                parser.Save(stream);
            }
            Console.WriteLine($"wrote {path} ({new FileInfo(path).Length / 1024} KiB)");
            return 0;
        });
        return command;
    }

    private static PosTags[] JackknifeTags(IReadOnlyList<ConlluSentence> train, int folds, int seed, string? cache)
    {
        if (cache != null && File.Exists(cache))
        {
            Console.WriteLine($"training tags from {cache}");
            return JackknifedTags.Read(cache, train);
        }
        var options = new PosTaggerTrainingOptions { Seed = seed, SecondPass = false };
        var tags = JackknifedTags.Predict(train, folds, options, fold => Console.WriteLine($"jackknife fold {fold + 1} of {folds} tagged"));
        if (cache != null)
        {
            using var writer = new StreamWriter(cache);
            JackknifedTags.Write(writer, tags);
        }
        return tags;
    }

    private static Func<ConlluSentence, PosTags> ShippedTags(IReadOnlyList<ConlluSentence> dev)
    {
        var tagger = PosTagger.Load(ModelRepository.Embedded);
        var tags = new Dictionary<ConlluSentence, PosTags>(ReferenceEqualityComparer.Instance);
        foreach (var sentence in dev) tags[sentence] = JackknifedTags.Tag(tagger, sentence);
        return sentence => tags[sentence];
    }
}
