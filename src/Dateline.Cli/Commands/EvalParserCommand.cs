using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using Dateline.Corpora;
using Dateline.Models;
using Dateline.Nlp.Parsing;

namespace Dateline.Cli.Commands;

/// <summary><c>dateline eval parser</c>: UAS and LAS (all tokens) on UD EWT test and dev, with gold tags.</summary>
internal static class EvalParserCommand
{
    public static Command Create()
    {
        var data = CommonOptions.Data();
        var model = new Option<string?>("--model") { Description = "Model file (default: the embedded models/parser.bin)." };
        var command = new Command("parser", "Measure the dependency parser's UAS/LAS on UD English-EWT test and dev.") { data, model };
        command.SetAction(parseResult =>
        {
            var folder = Path.Combine(CommonOptions.ResolveData(parseResult.GetValue(data)), "ud-english-ewt");
            var clock = Stopwatch.StartNew();
            var parser = Load(parseResult.GetValue(model));
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"model loaded in {clock.Elapsed.TotalMilliseconds:F0} ms"));
            foreach (var split in new[] { "test", "dev" })
            {
                var gold = ConlluReader.ReadFile(Path.Combine(folder, $"en_ewt-ud-{split}.conllu")).ToList();
                var r = ParserEvaluator.Evaluate(parser, gold);
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"EWT {split} (gold tags, {r.Tokens} tokens incl. punctuation): UAS {r.Uas:F2}  LAS {r.Las:F2}  LAS-universal {r.UniversalLas:F2}  ({r.TokensPerSecond:F0} tokens/s)"));
            }
            return 0;
        });
        return command;
    }

    private static DependencyParser Load(string? path)
    {
        if (path != null)
        {
            using var file = File.OpenRead(path);
            return DependencyParser.Load(file);
        }
        using var stream = ModelRepository.Embedded.Open("parser.bin");
        return DependencyParser.Load(stream);
    }
}
