using Dateline.Documents;

namespace Dateline.Extraction.Quotes;

/// <summary>A reported statement with its attribution.</summary>
/// <param name="Id">Identifier unique within the document (<c>q1</c>, <c>q2</c>, ...).</param>
/// <param name="Kind">Direct, indirect or mixed.</param>
/// <param name="Content">What was said: the words inside the quotation marks, or the reported clause.</param>
/// <param name="Cue">The reporting verb or phrase (<c>said</c>, <c>told</c>, <c>according to</c>); an empty span at the
/// content's end when nothing in the text attributes the quote.</param>
/// <param name="Speaker">Who said it, or null when the text does not say.</param>
/// <param name="Via">The outlets the statement came through (<c>AFP quoted ...</c>, <c>told Reuters</c>), in text order.</param>
/// <param name="Medium">The channel (video address, statement, interview, ...), or null when not named.</param>
/// <param name="Sentence">Index of the sentence where the content begins.</param>
public sealed record Quote(
    string Id,
    QuoteKind Kind,
    TextSpan Content,
    TextSpan Cue,
    QuoteParty? Speaker,
    IReadOnlyList<QuoteParty> Via,
    QuoteMedium? Medium,
    int Sentence)
{
    /// <summary>True when the text names a cue for this quote.</summary>
    public bool HasCue => Cue.Length > 0;
}
