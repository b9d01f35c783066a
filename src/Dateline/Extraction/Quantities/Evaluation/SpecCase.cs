namespace Dateline.Extraction.Quantities.Evaluation;

/// <summary>One expected result of a Recognizers-Text spec case.</summary>
/// <param name="Text">The matched text as the spec gives it.</param>
/// <param name="TypeName">The result type (number, ordinal, percentage, numberrange, currency).</param>
/// <param name="Value">The resolution value string, or null when the spec gives none.</param>
/// <param name="Subtype">The resolution subtype (integer, fraction, power), or null.</param>
/// <param name="Unit">The resolution unit (Dollar, Cent), or null.</param>
/// <param name="IsoCurrency">The resolution ISO currency, or null.</param>
public sealed record SpecResult(string Text, string TypeName, string? Value, string? Subtype, string? Unit, string? IsoCurrency);

/// <summary>One Recognizers-Text spec case: an input and the results expected from it.</summary>
/// <param name="Input">The input text.</param>
/// <param name="Results">The expected results, in text order.</param>
/// <param name="NotSupported">The platforms that skip the case (NotSupported and NotSupportedByDesign), or empty.</param>
public sealed record SpecCase(string Input, IReadOnlyList<SpecResult> Results, string NotSupported);
