using Dateline.Documents;

namespace Dateline.Extraction.Quantities;

/// <summary>
/// A number in the text with what it counts or measures. Bounds come from modifiers and ranges:
/// <c>more than 1 lakh troops</c> has <see cref="Lower"/> 100,000 and no upper bound;
/// <c>100 to 150</c> has both; <c>about 40</c> is <see cref="Approximate"/>.
/// </summary>
/// <param name="Start">Character offset of the first character (modifier and currency symbol included).</param>
/// <param name="End">Character offset one past the last character (unit or counted noun included).</param>
/// <param name="Value">The value: the number itself, the lower end of a range, or the bound a modifier names.</param>
/// <param name="Lower">The lower bound, when the text gives one.</param>
/// <param name="Upper">The upper bound, when the text gives one.</param>
/// <param name="Approximate">True for about, around, nearly, some, an estimated and for vague counts (dozens of).</param>
/// <param name="Unit">The counted noun (its lemma when lemmas are present, else its lower-cased form) or the unit name (km, tonne, percent).</param>
/// <param name="Currency">The ISO 4217 code of a money amount, or null.</param>
/// <param name="Kind">What the quantity measures.</param>
/// <param name="Sentence">Index of the sentence that holds it.</param>
public sealed record Quantity(
    int Start, int End, double Value, double? Lower, double? Upper, bool Approximate,
    string? Unit, string? Currency, QuantityKind Kind, int Sentence)
{
    /// <summary>The character span the quantity covers.</summary>
    public TextSpan Span => new(Start, End);
}
