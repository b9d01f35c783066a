namespace Dateline.Extraction.Quantities.Evaluation;

/// <summary>Which Recognizers-Text model a spec file tests, which decides what the layer is compared with.</summary>
internal enum SpecModel
{
    /// <summary>NumberModel: every number (ordinals and numbers with a unit written onto them excluded).</summary>
    Number,

    /// <summary>OrdinalModel: ordinals.</summary>
    Ordinal,

    /// <summary>PercentModel: percent quantities.</summary>
    Percent,

    /// <summary>NumberRangeModel: quantities with a bound, compared by bound values.</summary>
    NumberRange,

    /// <summary>CurrencyModel: money quantities, by value and, where the spec gives one, ISO code.</summary>
    Currency,
}
