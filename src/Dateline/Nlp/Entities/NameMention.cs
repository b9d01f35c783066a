using Dateline.Documents;

namespace Dateline.Nlp.Entities;

/// <summary>One mention found in a document, before mentions are grouped into entities.</summary>
/// <param name="Span">Characters of the mention.</param>
/// <param name="Type">Its type.</param>
internal readonly record struct NameMention(TextSpan Span, EntityType Type);
