using Dateline.Documents;

namespace Dateline.Extraction.Quotes;

/// <summary>A quote found but not yet numbered, its speaker still a token (a pronoun is resolved later).</summary>
internal sealed record QuoteDraft(QuoteKind Kind, TextSpan Content, Attribution? Attribution, int Sentence)
{
    /// <summary>A speaker taken over from an earlier quote (an unattributed continuation), or null.</summary>
    public QuoteParty? InheritedSpeaker { get; init; }
}
