namespace Dateline.Extraction.Numbers;

/// <summary>A number found in the tokens.</summary>
/// <param name="FirstToken">Document-wide index of the first token.</param>
/// <param name="EndToken">Index one past the last token.</param>
/// <param name="Start">Character offset of the first character.</param>
/// <param name="End">Character offset one past the last character.</param>
/// <param name="Value">The value.</param>
/// <param name="Kind">What kind of number it is.</param>
/// <param name="SuffixStart">Character offset of a unit written onto the digits (<c>5km</c>), or -1.</param>
/// <param name="Scaled">True when a scale word or abbreviation was part of it (<c>2 million</c>, <c>1.2bn</c>).</param>
/// <param name="Words">True when any part of it is written in words.</param>
/// <param name="Multiplier">The last scale applied (1,000,000 for <c>2 million</c>), or 1.</param>
internal readonly record struct NumberMatch(
    int FirstToken, int EndToken, int Start, int End, double Value, NumberKind Kind,
    int SuffixStart = -1, bool Scaled = false, bool Words = false, double Multiplier = 1)
{
    /// <summary>True when a unit is written onto the digits.</summary>
    public bool HasSuffix => SuffixStart >= 0;
}
