using Dateline.Extraction.Numbers;

namespace Dateline.Extraction.Quantities;

/// <summary>
/// Numbers that name or label rather than count: codes joined to a word by a dash (<c>COVID-19</c>, <c>F-16</c>,
/// <c>S-400</c>), a number right after a capitalized word with nothing counted after it (<c>Article 5</c>,
/// <c>Boeing 737</c>), network generations (<c>5G</c>), and slash dates written as fractions (<c>9/11</c>, <c>24/7</c>).
/// </summary>
internal static class NameNumbers
{
    private static readonly int[] FractionDenominators = [2, 3, 4, 5, 6, 8, 10, 12, 16, 32, 64, 100];

    /// <summary>True when <paramref name="number"/> is a code joined to the word before it, a generation, or a slash date.</summary>
    public static bool IsCode(NumberTokens t, NumberMatch number, int first)
    {
        var i = number.FirstToken;
        if (i - 2 >= first && t.IsDash(i - 1) && t.Touches(i - 2) && t.Touches(i - 1) && char.IsLetter(t.TextOf(i - 2)[0])) return true;
        var text = t.TextOf(i);
        if (number.EndToken - i == 1 && number.Scaled && text[^1] == 'G') return true;
        return number.Kind == NumberKind.Fraction && number.EndToken - i == 1 && IsSlashDate(text);
    }

    /// <summary>True when the number follows a capitalized word and has nothing after it that it counts (Article 5).</summary>
    public static bool IsLabel(NumberTokens t, NumberMatch number, int first, bool bare)
    {
        var i = number.FirstToken;
        if (!bare || number.Words || i - 1 < first || number.Kind != NumberKind.Integer) return false;
        var before = t.TextOf(i - 1);
        return before.Length > 1 && char.IsUpper(before[0]) && char.IsLetter(before[^1]) && t.Word(i - 1).Class == WordClass.None
            && !DateContext.IsMonth(t, i - 1) && i - 1 > first;
    }

    private static bool IsSlashDate(ReadOnlySpan<char> text)
    {
        var slash = text.IndexOf('/');
        if (slash <= 0 || !int.TryParse(text[(slash + 1)..], out var denominator) || !int.TryParse(text[..slash].TrimStart('-'), out var numerator)) return false;
        return numerator >= denominator || Array.IndexOf(FractionDenominators, denominator) < 0;
    }
}
