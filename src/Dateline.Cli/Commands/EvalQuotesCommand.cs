using System.CommandLine;
using System.Globalization;
using Dateline.Documents;
using Dateline.Extraction.Quotes.Evaluation;

namespace Dateline.Cli.Commands;

/// <summary>
/// <c>dateline eval quotes FILE... [--errors N]</c>: quote content, speaker and cue figures on labelled sets
/// (<c>docs/QUOTES-LABELS.md</c>), one table per split (dev, test); <c>--check</c> only validates the labels; <c>--dump CORPUS/DOC</c> prints an
/// article with character offsets for labelling.
/// </summary>
internal static class EvalQuotesCommand
{
    public static Command Create()
    {
        var file = new Argument<string[]>("FILE")
        {
            Description = "The labelled sets (JSONL), e.g. eval/quotes/wikinews-quotes.jsonl eval/quotes/wikinews-quotes-test.jsonl.",
            Arity = ArgumentArity.ZeroOrMore,
        };
        var data = CommonOptions.Data();
        var errors = new Option<int>("--errors") { Description = "Print up to N disagreements with their text." };
        var check = new Option<bool>("--check") { Description = "Only check the labels: text hashes, spans inside the text, non-empty spans." };
        var dump = new Option<string?>("--dump") { Description = "Print the rebuilt text of CORPUS/DOC (e.g. gum/GUM_news_afghan) with offsets, and its hash." };
        var command = new Command("quotes", "Quote content, speaker and cue P/R/F1 on a labelled set of Wikinews articles.") { file, data, errors, check, dump };
        command.SetAction(parseResult =>
        {
            var root = CommonOptions.ResolveData(parseResult.GetValue(data));
            if (parseResult.GetValue(dump) is { } which) return Dump(root, which);
            var paths = parseResult.GetValue(file) ?? [];
            if (paths.Length == 0) throw new CliException("give the labelled set FILE (or --dump CORPUS/DOC).");
            foreach (var path in paths)
            {
                if (!File.Exists(path)) throw new CliException($"{path} does not exist.");
            }
            if (parseResult.GetValue(check))
            {
                var failed = 0;
                foreach (var path in paths)
                {
                    var own = new List<string>();
                    failed += Check(QuoteLabelFile.Read(path, own), root, path, own);
                }
                return failed == 0 ? 0 : 1;
            }
            var problems = new List<string>();
            var sets = paths.Select(p => (Path: p, Articles: QuoteLabelFile.Read(p, problems))).ToList();
            return Evaluate(sets, root, parseResult.GetValue(errors), problems);
        });
        return command;
    }

    private static int Evaluate(List<(string Path, IReadOnlyList<LabelledArticle> Articles)> sets, string root, int errors, List<string> problems)
    {
        var pipeline = DefaultPipeline.Create();
        var splits = sets.SelectMany(s => s.Articles.Select(a => a.Split)).Distinct(StringComparer.Ordinal).ToList();
        var mismatches = new List<ArticleMismatch>();
        foreach (var split in splits)
        {
            var score = QuoteScore.Empty;
            foreach (var (path, articles) in sets)
            {
                var part = articles.Where(a => a.Split == split).ToList();
                score += QuoteEvaluator.Evaluate(part, root, path, pipeline, QuotePredictions.Read, problems, mismatches);
            }
            if (splits.Count > 1) Console.WriteLine($"## {split}{Environment.NewLine}");
            EvalQuotesReport.Print(score);
            Console.WriteLine();
        }
        foreach (var p in problems) Console.Error.WriteLine(p);
        foreach (var m in mismatches.Take(errors)) Console.WriteLine(EvalQuotesReport.Describe(m));
        return problems.Count == 0 ? 0 : 1;
    }

    private static int Check(IReadOnlyList<LabelledArticle> articles, string root, string path, List<string> problems)
    {
        var quotes = 0;
        var kinds = new SortedDictionary<string, int>(StringComparer.Ordinal);
        foreach (var article in articles)
        {
            var loaded = EvaluationTexts.Load(root, article.Corpus, article.Document);
            if (loaded.Text is not { } text) { problems.Add($"{path}:{article.Line}: {loaded.Error}"); continue; }
            problems.AddRange(QuoteLabelCheck.Check(article, text, path));
            quotes += article.Quotes.Count;
            foreach (var q in article.Quotes) kinds[q.Kind] = kinds.GetValueOrDefault(q.Kind) + 1;
        }
        foreach (var p in problems) Console.Error.WriteLine(p);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{articles.Count} articles, {quotes} quotes ({string.Join(", ", kinds.Select(k => $"{k.Key} {k.Value}"))}); {problems.Count} problems."));
        return problems.Count == 0 ? 0 : 1;
    }

    private static int Dump(string root, string which)
    {
        var slash = which.IndexOf('/');
        if (slash <= 0) throw new CliException($"--dump expects CORPUS/DOC, got '{which}'.");
        var loaded = EvaluationTexts.Load(root, which[..slash], which[(slash + 1)..]);
        if (loaded.Text is not { } text) throw new CliException(loaded.Error ?? which);
        Console.WriteLine($"# {text.Corpus}/{text.Document} published {text.Published?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "-"} sha256 {text.Sha256} length {text.Text.Length}");
        foreach (var (start, end) in EvalQuotesReport.Lines(text.Text, 100))
        {
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{start,6} {text.Text[start..end]}"));
        }
        return 0;
    }
}
