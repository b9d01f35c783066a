namespace Dateline.Extraction.Quantities;

/// <summary>What a quantity measures.</summary>
public enum QuantityKind
{
    /// <summary>A number of things (<c>1 lakh troops</c>, <c>dozens of people</c>).</summary>
    Count,

    /// <summary>An amount of money (<c>$1.2bn</c>, <c>Rs 3.5 crore</c>).</summary>
    Money,

    /// <summary>A percentage (<c>60 per cent</c>).</summary>
    Percent,

    /// <summary>A measurement with a unit (<c>5 km</c>, <c>300 tonnes</c>).</summary>
    Measure,

    /// <summary>A rank (<c>the 21st</c>, <c>third</c>).</summary>
    Ordinal,
}
