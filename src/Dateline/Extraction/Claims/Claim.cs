using Dateline.Documents;
using Dateline.Extraction.Quotes;

namespace Dateline.Extraction.Claims;

/// <summary>
/// A statement that asserts or predicts an event, with who holds it and when it is to happen, kept so that
/// it can later be checked against the events actually reported.
/// </summary>
/// <param name="Id">Identifier unique within the document (<c>c1</c>, <c>c2</c>, ...).</param>
/// <param name="Claimant">Who holds the claim (may differ from the speaker who reports it), or null for the article's own voice.</param>
/// <param name="ReportedBy">The quote the claim was found in, or null when it is not in a quote.</param>
/// <param name="Event">The claimed event.</param>
/// <param name="Polarity">Whether the event is said to happen or not to happen.</param>
/// <param name="Modality">Asserted, predicted, possible or intended.</param>
/// <param name="TargetDate">The date the event is put on, or null.</param>
/// <param name="Evidence">The words that make the claim.</param>
/// <param name="Sentence">Index of the sentence holding the event's word.</param>
public sealed record Claim(
    string Id,
    QuoteParty? Claimant,
    ClaimSource? ReportedBy,
    ClaimedEvent Event,
    ClaimPolarity Polarity,
    ClaimModality Modality,
    ClaimDate? TargetDate,
    TextSpan Evidence,
    int Sentence);
