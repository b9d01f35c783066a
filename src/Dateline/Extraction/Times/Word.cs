namespace Dateline.Extraction.Times;

/// <summary>One word of a sentence as the time grammar sees it: its span, token and classification.</summary>
/// <param name="Start">Character offset of the word.</param>
/// <param name="End">Character offset one past the word.</param>
/// <param name="Token">Document-wide index of the token the word comes from.</param>
/// <param name="Kind">What the word can contribute.</param>
/// <param name="Value">The kind's main value.</param>
/// <param name="Extra">The kind's second value.</param>
internal readonly record struct Word(int Start, int End, int Token, WordKind Kind, int Value, int Extra)
{
    /// <summary>True for a connector with the given index.</summary>
    public bool Is(int connector) => Kind == WordKind.Connector && Value == connector;
}
