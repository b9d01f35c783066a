using System.CommandLine;
using System.Globalization;
using Dateline.Documents;
using Dateline.Extraction.Quotes.Evaluation;

namespace Dateline.Cli.Commands;

/// <summary>
/// <c>dateline eval quotes FILE [--errors N]</c>: quote content, speaker and cue figures on a labelled set
/// (<c>docs/QUOTES-LABELS.md</c>); <c>--check</c> only validates the labels; <c>--dump CORPUS/DOC</c> prints an
/// article with character offsets for labelling.
/// </summary>
internal static class EvalQuotesCommand
{
    public static Command Create()
    {
        var file = new Argument<string?>("FILE") { Description = "The labelled set (JSONL), e.g. eval/quotes/wikinews-quotes.jsonl.", Arity = ArgumentArity.ZeroOrOne };
        var data = CommonOptions.Data();
        var errors = new Option<int>("--errors") { Description = "Print up to N disagreements with their text." };
        var check = new Option<bool>("--check") { Description = "Only check the labels: text hashes, spans inside the text, non-empty spans." };
        var dump = new Option<string?>("--dump") { Description = "Print the rebuilt text of CORPUS/DOC (e.g. gum/GUM_news_afghan) with offsets, and its hash." };
        var command = new Command("quotes", "Quote content, speaker and cue P/R/F1 on a labelled set of Wikinews articles.") { file, data, errors, check, dump };
        command.SetAction(parseResult =>
        {
            var root = CommonOptions.ResolveData(parseResult.GetValue(data));
            if (parseResult.GetValue(dump) is { } which) return Dump(root, which);
            var path = parseResult.GetValue(file) ?? throw new CliException("give the labelled set FILE (or --dump CORPUS/DOC).");
            if (!File.Exists(path)) throw new CliException($"{path} does not exist.");
            var problems = new List<string>();
            var articles = QuoteLabelFile.Read(path, problems);
            if (parseResult.GetValue(check)) return Check(articles, root, path, problems);
            var mismatches = new List<ArticleMismatch>();
            var score = QuoteEvaluator.Evaluate(articles, root, path, DefaultPipeline.Create(), QuotePredictions.Read, problems, mismatches);
            foreach (var p in problems) Console.Error.WriteLine(p);
            EvalQuotesReport.Print(score);
            foreach (var m in mismatches.Take(parseResult.GetValue(errors))) Console.WriteLine(EvalQuotesReport.Describe(m));
            return problems.Count == 0 ? 0 : 1;
        });
        return command;
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
