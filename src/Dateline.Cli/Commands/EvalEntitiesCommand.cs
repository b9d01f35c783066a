using System.CommandLine;
using System.Globalization;
using Dateline.Knowledge;
using Dateline.Knowledge.Linking.Evaluation;

namespace Dateline.Cli.Commands;

/// <summary>
/// <c>dateline eval entities [--data DIR] [--cases FILE] [--errors N]</c>: named-entity mention and alias-cluster
/// figures on MEANTIME, and actor codes at a date on the project's own linking cases.
/// </summary>
internal static class EvalEntitiesCommand
{
    public static Command Create()
    {
        var data = CommonOptions.Data();
        var cases = new Option<string?>("--cases") { Description = "The linking cases TSV (default: " + LinkingCasesReport.DefaultCases + " in this repository)." };
        var errors = new Option<int>("--errors") { Description = "Print up to N mismatches of each kind (for tuning)." };
        var command = new Command("entities", "Entity mention P/R/F1 and alias-cluster B-cubed on MEANTIME; actor codes on the linking cases.") { data, cases, errors };
        command.SetAction(parseResult =>
        {
            var root = CommonOptions.ResolveData(parseResult.GetValue(data));
            var limit = parseResult.GetValue(errors);
            var meantime = Path.Combine(root, "meantime", "intra-doc_annotation");
            if (!Directory.Exists(meantime)) throw new CliException($"cannot find {meantime}.");
            var mistakes = new List<string>();
            var score = MeantimeEntityEvaluator.Evaluate(meantime, BuiltInDictionaries.Load(), mistakes);
            Print(score);
            foreach (var line in mistakes.Take(limit)) Console.WriteLine(line);
            Console.WriteLine();
            return LinkingCasesReport.Run(parseResult.GetValue(cases), limit);
        });
        return command;
    }

    private static void Print(EntityScore score)
    {
        var inv = CultureInfo.InvariantCulture;
        Console.WriteLine(string.Create(inv, $"MEANTIME: {score.Documents} articles, annotated sentences only, innermost named mentions (PER, ORG, LOC or unlinked)."));
        Console.WriteLine("| system | gold | predicted | strict P | strict R | strict F1 | overlap P | overlap R | overlap F1 | type acc. | B3 P | B3 R | B3 F1 |");
        Console.WriteLine("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|");
        Row("recognizer (entities)", score.Recognizer);
        Row("after linking", score.Linked);
    }

    private static void Row(string name, MentionScore s)
    {
        var (sp, sr, sf) = s.StrictPrf;
        var (op, or, of) = s.OverlapPrf;
        var (bp, br, bf) = s.Cubed;
        var typed = s.Typed == 0 ? 0 : (double)s.TypedRight / s.Typed;
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"| {name} | {s.Gold} | {s.Predicted} | {sp:F3} | {sr:F3} | {sf:F3} | {op:F3} | {or:F3} | {of:F3} | {typed:F3} | {bp:F3} | {br:F3} | {bf:F3} |"));
    }
}
