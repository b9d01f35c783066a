namespace Dateline.Extraction.Numbers;

/// <summary>What a word contributes to a written number.</summary>
internal enum WordClass : byte
{
    /// <summary>Not a number word.</summary>
    None,

    /// <summary>zero to nine.</summary>
    Unit,

    /// <summary>ten to nineteen.</summary>
    Teen,

    /// <summary>twenty, thirty ... ninety.</summary>
    Ten,

    /// <summary>hundred.</summary>
    Hundred,

    /// <summary>thousand, lakh, million, crore, billion, trillion (and their abbreviations).</summary>
    Scale,

    /// <summary>dozen and its abbreviations (times twelve).</summary>
    Dozen,

    /// <summary>An ordinal word (first, third, twentieth, hundredth), singular or plural.</summary>
    Ordinal,

    /// <summary>half / halves.</summary>
    Half,

    /// <summary>quarter / quarters.</summary>
    Quarter,

    /// <summary>a / an (one, before a scale or a fraction).</summary>
    Article,

    /// <summary>and.</summary>
    And,

    /// <summary>point (decimal point).</summary>
    Point,

    /// <summary>minus / negative.</summary>
    Minus,
}
