namespace Dateline.Extraction.Numbers;

/// <summary>The last piece a <see cref="NumberReader"/> took, which decides what may follow.</summary>
internal enum Piece : byte
{
    /// <summary>Nothing yet.</summary>
    Start,

    /// <summary>a / an.</summary>
    Article,

    /// <summary>zero to nine.</summary>
    Unit,

    /// <summary>ten to nineteen.</summary>
    Teen,

    /// <summary>twenty to ninety.</summary>
    Ten,

    /// <summary>hundred.</summary>
    Hundred,

    /// <summary>thousand and above.</summary>
    Scale,

    /// <summary>dozen.</summary>
    Dozen,

    /// <summary>A whole number in digits.</summary>
    Digits,

    /// <summary>A digit token that ends the number unless a scale follows (decimal).</summary>
    DigitsDecimal,

    /// <summary>and, waiting for what follows.</summary>
    And,

    /// <summary>A fraction or decimal part: only a scale may follow.</summary>
    Fraction,

    /// <summary>Nothing more may follow.</summary>
    Closed,
}
