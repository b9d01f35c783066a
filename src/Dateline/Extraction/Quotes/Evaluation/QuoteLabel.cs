using Dateline.Documents;

namespace Dateline.Extraction.Quotes.Evaluation;

/// <summary>One labelled (or predicted) attribution, as offsets into the article text.</summary>
/// <param name="Kind"><c>direct</c>, <c>indirect</c> or <c>mixed</c>.</param>
/// <param name="Content">What was said: inside the marks for a direct quote, the reported clause otherwise.</param>
/// <param name="Speaker">The shortest name or description of who said it; null when the text never says.</param>
/// <param name="Cue">The reporting verb or phrase; null when there is none (a quote continuing an earlier one).</param>
/// <param name="Via">The outlets or channels the statement came through, in text order.</param>
public sealed record QuoteLabel(string Kind, TextSpan Content, TextSpan? Speaker, TextSpan? Cue, IReadOnlyList<TextSpan> Via)
{
    /// <summary>The kinds a label may have.</summary>
    public static readonly IReadOnlyList<string> Kinds = ["direct", "indirect", "mixed"];
}
