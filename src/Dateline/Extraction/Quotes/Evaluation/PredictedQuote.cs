using Dateline.Documents;

namespace Dateline.Extraction.Quotes.Evaluation;

/// <summary>A quote as an extractor found it, reduced to what the scorer compares.</summary>
/// <param name="Kind"><c>direct</c>, <c>indirect</c> or <c>mixed</c>.</param>
/// <param name="Content">The content span.</param>
/// <param name="Speaker">The speaker span, when one was found.</param>
/// <param name="SpeakerMentions">Every mention of the entity the speaker was resolved to (empty when unresolved):
/// a speaker given as a pronoun counts as right when one of these matches the labelled name.</param>
/// <param name="Cue">The cue span, when one was found.</param>
/// <param name="Via">The via spans.</param>
public sealed record PredictedQuote(string Kind, TextSpan Content, TextSpan? Speaker, IReadOnlyList<TextSpan> SpeakerMentions,
    TextSpan? Cue, IReadOnlyList<TextSpan> Via);
