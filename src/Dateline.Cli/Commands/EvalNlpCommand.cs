using System.CommandLine;
using System.Globalization;
using Dateline.Corpora;
using Dateline.Documents;
using Dateline.Models;
using Dateline.Nlp.Entities;
using Dateline.Nlp.Parsing;
using Dateline.Nlp.Tagging;

namespace Dateline.Cli.Commands;

/// <summary>
/// <c>dateline eval nlp</c>: the NLP core end to end on held-out data with the shipped models: tags and
/// lemmas on UD EWT test, dependencies on EWT test with the tagger's predicted tags (and gold tags for
/// reference), and named entities on UNER EWT test and GUM test.
/// </summary>
internal static class EvalNlpCommand
{
    public static Command Create()
    {
        var data = CommonOptions.Data();
        var command = new Command("nlp", "UPOS, XPOS, lemma, UAS, LAS on UD EWT test and NER P/R/F1 on UNER and GUM test.") { data };
        command.SetAction(parseResult =>
        {
            var root = CommonOptions.ResolveData(parseResult.GetValue(data));
            var test = ConlluReader.ReadFile(Path.Combine(root, "ud-english-ewt", "en_ewt-ud-test.conllu")).ToList();
            var tagger = PosTagger.Load(ModelRepository.Embedded);
            var tagging = TaggerEvaluator.Evaluate(tagger, test);
            Print($"EWT test tags   UPOS {tagging.Upos:F2}  XPOS {tagging.Xpos:F2}  lemma {tagging.Lemma:F2}  ({tagging.Tokens} words)");

            DependencyParser parser;
            using (var stream = ModelRepository.Embedded.Open("parser.bin")) parser = DependencyParser.Load(stream);
            var predicted = ParserEvaluator.Evaluate(parser, test, sentence =>
            {
                var tags = tagger.Tag(sentence.Words.Select(w => w.Form).ToList());
                return new PosTags(tags.Upos, tags.Xpos);
            });
            var gold = ParserEvaluator.Evaluate(parser, test);
            Print($"EWT test parse  UAS {predicted.Uas:F2}  LAS {predicted.Las:F2}  (predicted tags; gold tags: UAS {gold.Uas:F2}  LAS {gold.Las:F2}; {predicted.Tokens} tokens incl. punctuation)");

            foreach (var result in NerEvaluator.EvaluateSharedData(root, ModelRepository.Embedded))
            {
                var byType = string.Join("  ", result.ByType.Select(t => string.Create(CultureInfo.InvariantCulture, $"{t.Key} {t.Value.F1:F1}")));
                Print($"{result.DataSet} NER  P {result.Micro.Precision:F1}  R {result.Micro.Recall:F1}  F1 {result.Micro.F1:F1}  {byType}");
            }
            return 0;
        });
        return command;
    }

    private static void Print(FormattableString line) => Console.WriteLine(line.ToString(CultureInfo.InvariantCulture));
}
