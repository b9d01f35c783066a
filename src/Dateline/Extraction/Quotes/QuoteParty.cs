using Dateline.Documents;

namespace Dateline.Extraction.Quotes;

/// <summary>A speaker or an outlet of a quote: the words of the text that name it and the entity they refer to.</summary>
/// <param name="Span">The words naming the party (for a pronoun resolved to an earlier speaker: that speaker's words).</param>
/// <param name="Entity">Id of the entity in the <c>entities</c> layer, or null when the party is not a recognized entity.</param>
public sealed record QuoteParty(TextSpan Span, string? Entity);
