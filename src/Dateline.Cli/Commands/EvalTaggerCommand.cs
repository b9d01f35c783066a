using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using Dateline.Corpora;
using Dateline.Models;
using Dateline.Nlp.Tagging;

namespace Dateline.Cli.Commands;

/// <summary><c>dateline eval tagger</c>: UPOS, XPOS and lemma accuracy on UD EWT dev and test (gold tokenization).</summary>
internal static class EvalTaggerCommand
{
    public static Command Create()
    {
        var data = CommonOptions.Data();
        var model = new Option<string?>("--model") { Description = "A tagger model file (default: the embedded models/tagger.bin)." };
        var command = new Command("tagger", "POS tag and lemma accuracy on UD English-EWT dev and test.") { data, model };
        command.SetAction(parseResult =>
        {
            var folder = Path.Combine(CommonOptions.ResolveData(parseResult.GetValue(data)), "ud-english-ewt");
            var loading = Stopwatch.StartNew();
            var tagger = LoadTagger(parseResult.GetValue(model));
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"model loaded in {loading.Elapsed.TotalMilliseconds:F0} ms"));
            foreach (var split in new[] { "dev", "test" })
            {
                var path = Path.Combine(folder, $"en_ewt-ud-{split}.conllu");
                if (!File.Exists(path)) throw new CliException($"missing {path}.");
                var sentences = ConlluReader.ReadFile(path).ToList();
                var cpu = Process.GetCurrentProcess().TotalProcessorTime;
                var clock = Stopwatch.StartNew();
                var result = TaggerEvaluator.Evaluate(tagger, sentences);
                var seconds = (Process.GetCurrentProcess().TotalProcessorTime - cpu).TotalSeconds;
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"EWT {split,-4}  UPOS {result.Upos:F2}  XPOS {result.Xpos:F2}  UPOS+XPOS {result.Both:F2}  lemma {result.Lemma:F2}  ({result.Tokens} words, {clock.Elapsed.TotalSeconds:F2} s wall, {seconds:F2} s CPU)"));
            }
            return 0;
        });
        return command;
    }

    private static PosTagger LoadTagger(string? file)
    {
        if (file == null) return PosTagger.Load(ModelRepository.Embedded);
        if (!File.Exists(file)) throw new CliException($"model file {file} does not exist.");
        using var stream = File.OpenRead(file);
        return PosTagger.Load(stream, file);
    }
}
