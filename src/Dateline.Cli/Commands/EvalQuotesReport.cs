using System.Globalization;
using Dateline.Documents;
using Dateline.Extraction.Quotes.Evaluation;

namespace Dateline.Cli.Commands;

/// <summary>Formats the figures and disagreements of <c>dateline eval quotes</c>.</summary>
internal static class EvalQuotesReport
{
    private static readonly CultureInfo Inv = CultureInfo.InvariantCulture;

    public static void Print(QuoteScore s)
    {
        Console.WriteLine(string.Format(Inv, "{0} articles, {1} gold quotes, {2} predicted.", s.Documents, s.ContentOverlap.Gold, s.ContentOverlap.Predicted));
        Console.WriteLine();
        Console.WriteLine("| field | match | gold | predicted | P | R | F1 |");
        Console.WriteLine("|---|---|---:|---:|---:|---:|---:|");
        Row("content", "exact", s.ContentExact);
        Row("content", "overlap", s.ContentOverlap);
        Row("speaker", "exact", s.SpeakerExact);
        Row("speaker", "overlap", s.SpeakerOverlap);
        Row("cue", "exact", s.CueExact);
        Row("cue", "overlap", s.CueOverlap);
        Row("via", "overlap", s.ViaOverlap);
        foreach (var (kind, counts) in s.ByKind) Row($"content ({kind})", "overlap", counts);
        Console.WriteLine();
        Console.WriteLine(string.Format(Inv, "Speaker accuracy on found quotes: {0:F3} ({1}/{2}).", s.SpeakerAccuracy, s.SpeakerRight, s.SpeakerJudged));
        Console.WriteLine(string.Format(Inv, "Direct-quote recall (overlap): {0:F3}.", s.DirectRecall));
        Console.WriteLine(string.Format(Inv, "Kind agreement on found quotes: {0:F3} ({1}/{2}).",
            s.ContentOverlap.GoldFound == 0 ? 0 : (double)s.KindAgreed / s.ContentOverlap.GoldFound, s.KindAgreed, s.ContentOverlap.GoldFound));
    }

    public static string Describe(ArticleMismatch m)
    {
        var text = m.Article.Text;
        var g = m.Mismatch.Gold;
        var p = m.Mismatch.Predicted;
        var parts = new List<string> { $"{m.Mismatch.Category,-8} {m.Article.Corpus}/{m.Article.Document}" };
        if (g != null) parts.Add($"  gold {g.Kind}: content «{Clip(text, g.Content)}» speaker «{Clip(text, g.Speaker)}» cue «{Clip(text, g.Cue)}» at {g.Content.Start}");
        if (p != null) parts.Add($"  pred {p.Kind}: content «{Clip(text, p.Content)}» speaker «{Clip(text, p.Speaker)}» cue «{Clip(text, p.Cue)}» at {p.Content.Start}");
        return string.Join(Environment.NewLine, parts);
    }

    /// <summary>Lines of at most about <paramref name="width"/> characters, broken at spaces and at line breaks.</summary>
    public static IEnumerable<(int Start, int End)> Lines(string text, int width)
    {
        var start = 0;
        while (start < text.Length)
        {
            var newline = text.IndexOf('\n', start);
            var limit = Math.Min(text.Length, start + width);
            int end;
            if (newline >= 0 && newline < limit) end = newline;
            else if (limit == text.Length) end = limit;
            else
            {
                var space = text.LastIndexOf(' ', limit - 1, limit - start);
                end = space > start ? space + 1 : limit;
            }
            if (end > start) yield return (start, end);
            start = end < text.Length && text[end] == '\n' ? end + 1 : Math.Max(end, start + 1);
        }
    }

    private static string Clip(string text, TextSpan? span)
    {
        if (span is not { } s) return "-";
        var piece = text[s.Start..s.End].Replace('\n', ' ');
        return piece.Length <= 120 ? piece : piece[..57] + " ... " + piece[^57..];
    }

    private static void Row(string field, string match, MatchCounts c) =>
        Console.WriteLine(string.Format(Inv, "| {0} | {1} | {2} | {3} | {4:F3} | {5:F3} | {6:F3} |", field, match, c.Gold, c.Predicted, c.Precision, c.Recall, c.F1));
}
