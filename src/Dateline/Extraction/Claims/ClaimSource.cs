using Dateline.Extraction.Quotes;

namespace Dateline.Extraction.Claims;

/// <summary>The quote a claim was found in.</summary>
/// <param name="Quote">The quote's id in the <c>quotes</c> layer.</param>
/// <param name="Speaker">The quote's speaker, or null.</param>
public sealed record ClaimSource(string Quote, QuoteParty? Speaker);
