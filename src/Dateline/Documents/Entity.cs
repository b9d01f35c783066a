namespace Dateline.Documents;

/// <summary>An entity of the document with every span that mentions it.</summary>
/// <param name="Id">Identifier unique within the document (<c>e1</c>, <c>e2</c>, ...).</param>
/// <param name="Type">The entity's type.</param>
/// <param name="Name">The canonical name: the longest mention's text.</param>
/// <param name="Mentions">Mention spans in text order.</param>
public sealed record Entity(string Id, EntityType Type, string Name, IReadOnlyList<TextSpan> Mentions);
