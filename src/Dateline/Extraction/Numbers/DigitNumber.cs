namespace Dateline.Extraction.Numbers;

/// <summary>A token written in digits, read.</summary>
/// <param name="Shape">How it reads; <see cref="DigitShape.None"/> when it is not a number.</param>
/// <param name="Value">Its value, any attached scale (<c>1.2bn</c>) applied.</param>
/// <param name="Scaled">True when an attached scale abbreviation was applied.</param>
/// <param name="SuffixStart">Offset within the token of a unit suffix (<c>5km</c> → 1), or -1 for none.</param>
/// <param name="Signed">True when the token starts with a sign.</param>
internal readonly record struct DigitNumber(DigitShape Shape, double Value, bool Scaled, int SuffixStart, bool Signed)
{
    /// <summary>True when the token is a plain whole number with no sign, suffix or scale.</summary>
    public bool IsPlainInteger => Shape == DigitShape.Integer && !Scaled && SuffixStart < 0 && !Signed;

    /// <summary>True when a unit is written onto the number (<c>5km</c>, <c>180ml</c>).</summary>
    public bool HasSuffix => SuffixStart >= 0;
}
