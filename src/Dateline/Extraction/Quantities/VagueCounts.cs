using Dateline.Extraction.Numbers;

namespace Dateline.Extraction.Quantities;

/// <summary>A vague count read from the text: its bounds and the token after it.</summary>
/// <param name="Lower">The lower bound.</param>
/// <param name="Upper">The upper bound.</param>
/// <param name="End">Index of the token after the phrase.</param>
internal readonly record struct VagueCount(double Lower, double Upper, int End);

/// <summary>
/// Vague counts: <c>dozens of</c> [24, 99], <c>hundreds of</c> [200, 999], <c>thousands of</c> [2,000, 9,999],
/// <c>tens of thousands of</c> [20,000, 99,999], <c>hundreds of thousands of</c> [200,000, 999,999] (in general a
/// plural of N is [2N, 10N − 1]); <c>several</c> [3, 9] and <c>a few</c> [2, 5], times a scale when one follows
/// (<c>several hundred</c> [300, 900]).
/// </summary>
internal static class VagueCounts
{
    /// <summary>Reads a vague count starting at token <paramref name="i"/>, or returns false.</summary>
    public static bool TryRead(NumberTokens t, int i, int end, out VagueCount count)
    {
        count = default;
        if (t.IsWord(i, "several")) return Bounded(t, i + 1, end, 3, 9, out count);
        if (t.IsWord(i, "few") && i > 0 && t.IsWord(i - 1, "a")) return Bounded(t, i + 1, end, 2, 5, out count);
        var unit = PluralUnit(t, i);
        if (unit == 0 || i + 1 >= end || !t.IsWord(i + 1, "of")) return false;
        var next = i + 2;
        if (next + 1 < end && PluralUnit(t, next) is var inner and >= 100 && t.IsWord(next + 1, "of") && inner > unit)
        {
            unit *= inner;
            next += 2;
        }
        var upper = unit == 12 ? 99 : (unit * 10) - 1;
        count = new VagueCount(unit * 2, upper, next);
        return next < end;
    }

    private static bool Bounded(NumberTokens t, int next, int end, double low, double high, out VagueCount count)
    {
        count = default;
        if (next >= end) return false;
        var word = t.Word(next);
        if (word.Class is WordClass.Hundred or WordClass.Scale && !word.Plural)
        {
            count = new VagueCount(low * word.Value, high * word.Value, next + 1);
            return true;
        }
        if (!CountedNoun.LooksLikePluralNoun(t, next)) return false;
        count = new VagueCount(low, high, next);
        return true;
    }

    /// <summary>The N of a plural count word (dozens 12, tens 10, hundreds 100, thousands 1,000), or 0.</summary>
    private static double PluralUnit(NumberTokens t, int i)
    {
        var word = t.Word(i);
        if (word.Plural && word.Class is WordClass.Dozen or WordClass.Hundred or WordClass.Scale) return word.Value;
        return t.IsWord(i, "tens") || t.IsWord(i, "scores") ? (t.IsWord(i, "tens") ? 10 : 20) : 0;
    }
}
