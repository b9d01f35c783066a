namespace Dateline.Documents;

/// <summary>
/// A half-open range of UTF-16 code units <c>[Start, End)</c> in a document's text.
/// Spans never copy text: they point into the <see cref="Document"/> that owns it.
/// </summary>
/// <param name="Start">Offset of the first code unit.</param>
/// <param name="End">Offset one past the last code unit.</param>
public readonly record struct TextSpan(int Start, int End)
{
    /// <summary>Number of code units covered.</summary>
    public int Length => End - Start;

    /// <summary>True when this span lies wholly inside <paramref name="other"/>.</summary>
    public bool IsInside(TextSpan other) => Start >= other.Start && End <= other.End;

    /// <summary>True when the two spans share at least one code unit.</summary>
    public bool Overlaps(TextSpan other) => Start < other.End && other.Start < End;
}
