namespace Dateline.Nlp.Parsing;

/// <summary>An oblique dependent of a predicate (<c>obl</c> and its subtypes) with its case marker.</summary>
/// <param name="Token">Document-wide index of the oblique's head word.</param>
/// <param name="CaseMarker">Document-wide index of its <c>case</c> dependent (the preposition), or -1 when it has none.</param>
public readonly record struct ObliqueArgument(int Token, int CaseMarker);
