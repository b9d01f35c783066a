using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using Dateline.Corpora;
using Dateline.Models;
using Dateline.Nlp.Parsing;

namespace Dateline.Cli.Commands;

/// <summary><c>dateline eval parser</c>: UAS and LAS (all tokens) on UD EWT test and dev, with gold or baseline tags.</summary>
internal static class EvalParserCommand
{
    public static Command Create()
    {
        var data = CommonOptions.Data();
        var model = new Option<string?>("--model") { Description = "Model file (default: the embedded models/parser.bin)." };
        var tags = new Option<string>("--tags") { Description = "Tags to parse with: gold; predicted (the shipped tagger's); noisy (30% of words take their most frequent tag in EWT train, about 4% of tags wrong); or lexical (every word does, about 13% wrong).", DefaultValueFactory = _ => "gold" };
        var command = new Command("parser", "Measure the dependency parser's UAS/LAS on UD English-EWT test and dev.") { data, model, tags };
        command.SetAction(parseResult =>
        {
            var root = CommonOptions.ResolveData(parseResult.GetValue(data));
            var tagSource = parseResult.GetValue(tags);
            Func<ConlluSentence, Dateline.Documents.PosTags>? tagger = tagSource switch
            {
                "gold" => null,
                "predicted" => ShippedTagger(),
                "lexical" => MostFrequentTagger.Train(ParserTrainingData.Ewt(root, "train")).Tag,
                "noisy" => NoisyTagger(ParserTrainingData.Ewt(root, "train")),
                _ => throw new CliException($"--tags must be gold, predicted, noisy or lexical, not '{tagSource}'."),
            };
            var clock = Stopwatch.StartNew();
            var parser = Load(parseResult.GetValue(model));
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"model loaded in {clock.Elapsed.TotalMilliseconds:F0} ms"));
            foreach (var split in new[] { "test", "dev" })
            {
                var r = ParserEvaluator.Evaluate(parser, ParserTrainingData.Ewt(root, split), tagger);
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"EWT {split} ({tagSource} tags, {r.Tokens} tokens incl. punctuation): UAS {r.Uas:F2}  LAS {r.Las:F2}  LAS-universal {r.UniversalLas:F2}  ({r.TokensPerSecond:F0} tokens/s)"));
            }
            return 0;
        });
        return command;
    }

    private static Func<ConlluSentence, Dateline.Documents.PosTags> ShippedTagger()
    {
        var tagger = Dateline.Nlp.Tagging.PosTagger.Load(Dateline.Models.ModelRepository.Embedded);
        return sentence => JackknifedTags.Tag(tagger, sentence);
    }

    private static Func<ConlluSentence, Dateline.Documents.PosTags> NoisyTagger(IEnumerable<ConlluSentence> train)
    {
        var tagger = MostFrequentTagger.Train(train);
        return sentence => tagger.TagSome(sentence, 0.3, seed: 12345);
    }

    private static DependencyParser Load(string? path)
    {
        if (path != null)
        {
            if (!File.Exists(path)) throw new CliException($"model file '{path}' does not exist.");
            using var file = File.OpenRead(path);
            try
            {
                return DependencyParser.Load(file);
            }
            catch (InvalidDataException ex)
            {
                throw new CliException($"{path}: {ex.Message}");
            }
        }
        using var stream = ModelRepository.Embedded.Open("parser.bin");
        return DependencyParser.Load(stream);
    }
}
