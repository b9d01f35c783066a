namespace Dateline.Storage.Model;

/// <summary>A quotation of one article (the <c>quotes</c> layer).</summary>
/// <param name="LocalId">Its id inside the article.</param>
/// <param name="Kind">direct, indirect, mixed... as the quote stage names it.</param>
/// <param name="Content">What was said.</param>
/// <param name="Cue">The speech verb or cue, when found.</param>
/// <param name="Speaker">Who said it, when attributed.</param>
/// <param name="Medium">Where it was said (statement, interview...), when known.</param>
/// <param name="Sentence">Index of its first sentence.</param>
public sealed record QuoteRecord(
    string LocalId, string? Kind, AnalysisSpan Content, AnalysisSpan? Cue, ParticipantRecord? Speaker, string? Medium, int? Sentence);
