using Dateline.Documents;

namespace Dateline.Extraction.Quotes.Evaluation;

/// <summary>
/// Checks a labelled article against its rebuilt text: the hash matches, the kind is known, every span lies inside
/// the text with <c>start &lt; end</c>, and no content, speaker, cue or via span is blank.
/// </summary>
public static class QuoteLabelCheck
{
    /// <summary>The problems found, each naming the file line and the quote's index; empty when the article is sound.</summary>
    public static IReadOnlyList<string> Check(LabelledArticle article, EvaluationText text, string fileName)
    {
        var problems = new List<string>();
        var where = $"{fileName}:{article.Line} ({article.Corpus}/{article.Document})";
        if (!string.Equals(article.TextSha256, text.Sha256, StringComparison.OrdinalIgnoreCase))
        {
            problems.Add($"{where}: text hash {text.Sha256} differs from the labelled {article.TextSha256}: the text has drifted.");
            return problems;
        }
        for (var i = 0; i < article.Quotes.Count; i++)
        {
            var q = article.Quotes[i];
            if (!QuoteLabel.Kinds.Contains(q.Kind)) problems.Add($"{where}: quote {i}: unknown kind '{q.Kind}'.");
            CheckSpan(problems, where, i, "content", q.Content, text.Text);
            if (q.Speaker is { } speaker) CheckSpan(problems, where, i, "speaker", speaker, text.Text);
            if (q.Cue is { } cue) CheckSpan(problems, where, i, "cue", cue, text.Text);
            foreach (var via in q.Via) CheckSpan(problems, where, i, "via", via, text.Text);
        }
        return problems;
    }

    private static void CheckSpan(List<string> problems, string where, int index, string field, TextSpan span, string text)
    {
        if (span.Start < 0 || span.End > text.Length || span.Start >= span.End)
        {
            problems.Add($"{where}: quote {index}: {field} [{span.Start}, {span.End}) is not a non-empty span inside the text (length {text.Length}).");
        }
        else if (text.AsSpan(span.Start, span.Length).IsWhiteSpace())
        {
            problems.Add($"{where}: quote {index}: {field} [{span.Start}, {span.End}) is blank.");
        }
    }
}
