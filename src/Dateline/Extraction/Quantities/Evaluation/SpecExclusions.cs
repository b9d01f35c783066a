namespace Dateline.Extraction.Quantities.Evaluation;

/// <summary>The categories of spec cases left out of the evaluation, each with its reason.</summary>
internal static class SpecExclusions
{
    public const string NotDotnet = "marked NotSupported for dotnet by the spec itself";
    public const string CaretPower = "caret power notation (1.1^23): maths notation, not news";
    public const string Ratio = "fractions written as ratios (one over three, two out of five, 1 in 21): in news 'over' and 'in' are comparisons and prepositions";
    public const string Relative = "relative ordinals (next, last, penultimate): positions in a list, not numbers";
    public const string BarePercent = "percent words with no number (a small percent): no value to compare";
    public const string Equality = "equality (equal to 20 → [20,20]): not a bound, the quantity is the number itself";
    public const string BareCurrency = "currency names with no amount (dollar : 143.80 yen): no value to compare";
    public const string Subunit = "subunits and composite amounts (50 cents, 470 pence, 3 dollars 50 cents): values are kept in the main unit";

    /// <summary>The category that leaves <paramref name="specCase"/> out, or null when it is in scope.</summary>
    public static string? Of(SpecModel model, SpecCase specCase)
    {
        if (specCase.NotSupported.Contains("dotnet", StringComparison.OrdinalIgnoreCase)) return NotDotnet;
        foreach (var result in specCase.Results)
        {
            var reason = model switch
            {
                SpecModel.Number => result.Text.Contains('^') ? CaretPower
                    : result.Text.Contains(" over ", StringComparison.Ordinal) || result.Text.Contains(" out of ", StringComparison.Ordinal)
                      || result.Text.Contains(" in ", StringComparison.Ordinal) ? Ratio : null,
                SpecModel.Ordinal => result.TypeName == "ordinal.relative" ? Relative : null,
                SpecModel.Percent => result.Value is null or "null" ? BarePercent : null,
                SpecModel.NumberRange => IsEquality(result.Value) ? Equality : null,
                SpecModel.Currency => result.Value == null ? BareCurrency
                    : result.Unit is "Cent" or "Pence" or "Penny" or "Sen" or "Satoshi" || result.Text.Contains(" and ", StringComparison.Ordinal)
                      || CountDigitsGroups(result.Text) > 1 ? Subunit : null,
                _ => null,
            };
            if (reason != null) return reason;
        }
        return null;
    }

    private static bool IsEquality(string? interval)
    {
        if (interval == null || interval.Length < 5 || interval[0] != '[' || interval[^1] != ']') return false;
        var comma = interval.IndexOf(',');
        return comma > 0 && interval.AsSpan(1, comma - 1).SequenceEqual(interval.AsSpan(comma + 1, interval.Length - comma - 2));
    }

    /// <summary>Number of separate runs of digits or number words joined by a currency name (3 dollars 50 cents).</summary>
    private static int CountDigitsGroups(string text)
    {
        var words = text.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var groups = 0;
        var inCurrency = false;
        foreach (var word in words)
        {
            var isMoneyWord = word.StartsWith("dollar", StringComparison.Ordinal) || word.StartsWith("cent", StringComparison.Ordinal);
            if (isMoneyWord && !inCurrency) groups++;
            inCurrency = isMoneyWord;
        }
        return groups;
    }
}
