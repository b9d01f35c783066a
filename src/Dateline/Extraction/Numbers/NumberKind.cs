namespace Dateline.Extraction.Numbers;

/// <summary>What kind of number a match is (the Recognizers-Text subtypes, roughly).</summary>
internal enum NumberKind : byte
{
    /// <summary>A whole number.</summary>
    Integer,

    /// <summary>A number with a decimal part.</summary>
    Decimal,

    /// <summary>A fraction or a mixed number (<c>two thirds</c>, <c>one and a half</c>, <c>3/4</c>).</summary>
    Fraction,

    /// <summary>An ordinal (<c>21st</c>, <c>twenty-first</c>).</summary>
    Ordinal,

    /// <summary>Scientific notation.</summary>
    Power,
}
