namespace Dateline.Documents;

/// <summary>
/// One sentence: its character span and the range of document-wide token indices it holds.
/// </summary>
/// <param name="Start">Character offset of the sentence's first token.</param>
/// <param name="End">Character offset one past the sentence's last token.</param>
/// <param name="FirstToken">Document-wide index of the first token.</param>
/// <param name="TokenCount">Number of tokens in the sentence.</param>
public readonly record struct Sentence(int Start, int End, int FirstToken, int TokenCount)
{
    /// <summary>Document-wide index one past the last token.</summary>
    public int EndToken => FirstToken + TokenCount;

    /// <summary>The character span of the sentence.</summary>
    public TextSpan Span => new(Start, End);
}
