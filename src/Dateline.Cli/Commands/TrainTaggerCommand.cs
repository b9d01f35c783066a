using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using Dateline.Corpora;
using Dateline.Nlp.Tagging;

namespace Dateline.Cli.Commands;

/// <summary><c>dateline train tagger</c>: trains the POS tagger and lemmatizer on UD EWT train and writes the model.</summary>
internal static class TrainTaggerCommand
{
    public static Command Create()
    {
        var data = CommonOptions.Data();
        var output = new Option<string>("--out") { Description = "Where to write the model.", DefaultValueFactory = _ => "models/tagger.bin" };
        var seed = new Option<int>("--seed") { Description = "Shuffle seed (same seed, same model).", DefaultValueFactory = _ => 1 };
        var iterations = new Option<int>("--iterations") { Description = "Passes over the training data.", DefaultValueFactory = _ => new PosTaggerTrainingOptions().Iterations };
        var defaults = new PosTaggerTrainingOptions();
        var dictionaryShare = new Option<double>("--tag-dictionary-share") { Description = "Share of one label a frequent word needs to enter the tag dictionary (above 1: no dictionary).", DefaultValueFactory = _ => defaults.TagDictionaryMinShare };
        var prune = new Option<float>("--prune") { Description = "Drop averaged weights smaller than this.", DefaultValueFactory = _ => defaults.PruneBelow };
        var ambiguity = new Option<double>("--ambiguity-share") { Description = "Share a label needs to join a word's ambiguity class.", DefaultValueFactory = _ => defaults.AmbiguityMinShare };
        var onePass = new Option<bool>("--one-pass") { Description = "Skip the second (look-ahead) pass: faster training and tagging, a little less accurate." };
        var command = new Command("tagger", "Train the POS tagger (UPOS + PTB XPOS) and lemmatizer on UD English-EWT train.")
        {
            data, output, seed, iterations, dictionaryShare, prune, ambiguity, onePass,
        };
        command.SetAction(parseResult =>
        {
            var folder = Path.Combine(CommonOptions.ResolveData(parseResult.GetValue(data)), "ud-english-ewt");
            var options = new PosTaggerTrainingOptions
            {
                Seed = parseResult.GetValue(seed),
                Iterations = parseResult.GetValue(iterations),
                TagDictionaryMinShare = parseResult.GetValue(dictionaryShare),
                PruneBelow = parseResult.GetValue(prune),
                AmbiguityMinShare = parseResult.GetValue(ambiguity),
                SecondPass = !parseResult.GetValue(onePass),
            };
            Run(folder, parseResult.GetValue(output)!, options);
            return 0;
        });
        return command;
    }

    private static void Run(string folder, string output, PosTaggerTrainingOptions options)
    {
        var train = Read(folder, "en_ewt-ud-train.conllu");
        var dev = Read(folder, "en_ewt-ud-dev.conllu");
        var clock = Stopwatch.StartNew();
        var tagger = new PosTaggerTrainer(options).Train(train, (step, pass, accuracy) =>
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{step} pass {pass,2}: train accuracy {100 * accuracy:F2}% ({clock.Elapsed.TotalSeconds:F1} s)")));
        var directory = Path.GetDirectoryName(Path.GetFullPath(output));
        if (directory != null) Directory.CreateDirectory(directory);
        using (var stream = File.Create(output))
        {
            tagger.Save(stream);
        }
        var result = TaggerEvaluator.Evaluate(tagger, dev);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"dev: UPOS {result.Upos:F2}  XPOS {result.Xpos:F2}  lemma {result.Lemma:F2}  ({result.Tokens} words)"));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"wrote {output} ({new FileInfo(output).Length / 1024} KiB)"));
    }

    private static List<ConlluSentence> Read(string folder, string file)
    {
        var path = Path.Combine(folder, file);
        if (!File.Exists(path)) throw new CliException($"missing {path}.");
        return [.. ConlluReader.ReadFile(path)];
    }
}
