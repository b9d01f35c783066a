using Dateline.Extraction.Numbers;

namespace Dateline.Extraction.Quantities;

/// <summary>A quantity being built around a number (mutable while building; the result is an immutable <see cref="Quantity"/>).</summary>
internal struct QuantityDraft
{
    public QuantityDraft(NumberMatch number)
    {
        Number = number;
        Left = number.FirstToken;
        Right = number.EndToken;
        Value = number.Value;
        Kind = number.Kind == NumberKind.Ordinal ? QuantityKind.Ordinal : QuantityKind.Count;
    }

    public NumberMatch Number;
    public int Left;
    public int Right;
    public double Value;
    public double? Lower;
    public double? Upper;
    public bool Approximate;
    public bool Ranged;
    public string? Unit;
    public string? Currency;
    public QuantityKind Kind;
}
