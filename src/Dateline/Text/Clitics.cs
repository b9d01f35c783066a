namespace Dateline.Text;

/// <summary>
/// The clitics and fused words that EWT splits into several syntactic words inside one surface token
/// (<c>Ukraine|'s</c>, <c>do|n't</c>, <c>I|'m</c>, <c>can|not</c>, <c>gon|na</c>), with their normalized forms.
/// </summary>
internal static class Clitics
{
    /// <summary>The normalized form of a negation written with a curly apostrophe.</summary>
    public const string Negation = "n't";

    /// <summary>True for the letters of a clitic after its apostrophe: s, m, d, ll, re, ve (any case).</summary>
    public static bool IsClitic(ReadOnlySpan<char> letters) => letters.Length switch
    {
        1 => letters[0] is 's' or 'S' or 'm' or 'M' or 'd' or 'D',
        2 => letters.Equals("ll", StringComparison.OrdinalIgnoreCase)
             || letters.Equals("re", StringComparison.OrdinalIgnoreCase)
             || letters.Equals("ve", StringComparison.OrdinalIgnoreCase),
        _ => false,
    };

    /// <summary>The form of a clitic (apostrophe included) with a straight apostrophe.</summary>
    public static string Normalize(ReadOnlySpan<char> clitic) => clitic[1..] switch
    {
        "s" => "'s",
        "S" => "'S",
        "m" => "'m",
        "d" => "'d",
        "ll" => "'ll",
        "re" => "'re",
        "ve" => "'ve",
        var other => string.Concat("'", other),
    };

    /// <summary>
    /// Where a fused word splits (<c>cannot</c> → 3, <c>gonna</c>, <c>wanna</c>, <c>gotta</c> → 3), or 0
    /// for any other word.
    /// </summary>
    public static int FusedSplit(ReadOnlySpan<char> word)
    {
        if (word.Length == 6) return word.Equals("cannot", StringComparison.OrdinalIgnoreCase) ? 3 : 0;
        if (word.Length != 5) return 0;
        return word.Equals("gonna", StringComparison.OrdinalIgnoreCase)
               || word.Equals("wanna", StringComparison.OrdinalIgnoreCase)
               || word.Equals("gotta", StringComparison.OrdinalIgnoreCase) ? 3 : 0;
    }
}
