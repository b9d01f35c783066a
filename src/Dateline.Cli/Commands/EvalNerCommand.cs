using System.CommandLine;
using System.Globalization;
using Dateline.Documents;
using Dateline.Models;
using Dateline.Nlp.Entities;

namespace Dateline.Cli.Commands;

/// <summary><c>dateline eval ner</c>: span-level P/R/F1 per type and micro on UNER EWT test and GUM test.</summary>
internal static class EvalNerCommand
{
    public static Command Create()
    {
        var data = CommonOptions.Data();
        var model = new Option<string?>("--model") { Description = "A model file (default: the embedded models/ner.bin)." };
        var errors = new Option<int>("--errors") { Description = "Instead of scoring, list up to N mistakes on GUM dev (the tuning set)." };
        var dev = new Option<bool>("--dev") { Description = "Score on GUM dev (the tuning set) instead of the test sets." };
        var command = new Command("ner", "Evaluate the named-entity recognizer on UNER EWT test and GUM test.") { data, model, errors, dev };
        command.SetAction(parseResult =>
        {
            var dataDirectory = CommonOptions.ResolveData(parseResult.GetValue(data));
            var modelPath = parseResult.GetValue(model);
            if (modelPath != null && !File.Exists(modelPath)) throw new CliException($"model file '{modelPath}' does not exist.");
            if (parseResult.GetValue(dev))
            {
                using var file = modelPath == null ? null : File.OpenRead(modelPath);
                Print(NerEvaluator.EvaluateGumDev(dataDirectory, file));
                return 0;
            }
            if (parseResult.GetValue(errors) > 0)
            {
                using var file = modelPath == null ? null : File.OpenRead(modelPath);
                foreach (var line in NerErrorList.GumDev(dataDirectory, file, parseResult.GetValue(errors))) Console.WriteLine(line);
                return 0;
            }
            IReadOnlyList<NerEvaluation> results;
            if (modelPath != null)
            {
                if (!File.Exists(modelPath)) throw new CliException($"model file '{modelPath}' does not exist.");
                using var stream = File.OpenRead(modelPath);
                results = NerEvaluator.EvaluateSharedData(dataDirectory, stream);
            }
            else
            {
                results = NerEvaluator.EvaluateSharedData(dataDirectory, ModelRepository.Embedded);
            }
            foreach (var result in results) Print(result);
            return 0;
        });
        return command;
    }

    private static void Print(NerEvaluation result)
    {
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{result.DataSet} ({result.Sentences} sentences, {result.Tokens} tokens)"));
        Console.WriteLine("  type            P      R     F1   gold  pred");
        foreach (var (type, score) in result.ByType) Line(type.ToString(), score);
        Line("micro", result.Micro);
    }

    private static void Line(string label, NerScore s) =>
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"  {label,-12} {s.Precision,6:F1} {s.Recall,6:F1} {s.F1,6:F1} {s.TruePositives + s.FalseNegatives,6} {s.TruePositives + s.FalsePositives,5}"));
}
