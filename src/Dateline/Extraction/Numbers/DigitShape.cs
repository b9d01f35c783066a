namespace Dateline.Extraction.Numbers;

/// <summary>How a token written in digits reads.</summary>
internal enum DigitShape : byte
{
    /// <summary>Not a number.</summary>
    None,

    /// <summary>A whole number (<c>130,000</c>, <c>1,00,000</c>).</summary>
    Integer,

    /// <summary>A number with a decimal part (<c>3.5</c>, <c>.08</c>, <c>5,00</c>).</summary>
    Decimal,

    /// <summary>A fraction written with a slash (<c>3/4</c>).</summary>
    Fraction,

    /// <summary>An ordinal (<c>21st</c>).</summary>
    Ordinal,

    /// <summary>Scientific notation (<c>1.3e6</c>).</summary>
    Power,

    /// <summary>Several numbers run together with separators that cannot be grouping (<c>22,24,26</c>, <c>192.168.1.2</c>).</summary>
    List,
}
