using System.Collections.Frozen;
using Dateline.Extraction.Numbers;

namespace Dateline.Extraction.Quantities;

/// <summary>What a modifier before a number says about it.</summary>
internal enum Bound : byte
{
    /// <summary>Not a modifier.</summary>
    None,

    /// <summary>The number is a lower bound (more than, over, at least).</summary>
    Lower,

    /// <summary>The number is an upper bound (less than, under, up to).</summary>
    Upper,

    /// <summary>The number is approximate (about, around, some).</summary>
    Approximate,

    /// <summary>Approximate and an upper bound (nearly, almost).</summary>
    Nearly,
}

/// <summary>Modifiers before a number (<c>more than</c>, <c>up to</c>, <c>about</c>) and after it (<c>or more</c>).</summary>
internal static class BoundWords
{
    private static readonly FrozenDictionary<string, Bound> One = new Dictionary<string, Bound>(StringComparer.OrdinalIgnoreCase)
    {
        ["over"] = Bound.Lower, ["above"] = Bound.Lower, ["exceeding"] = Bound.Lower, ["exceed"] = Bound.Lower,
        ["exceeds"] = Bound.Lower, ["surpass"] = Bound.Lower, ["surpassing"] = Bound.Lower, ["upwards"] = Bound.Lower,
        ["under"] = Bound.Upper, ["below"] = Bound.Upper, ["nearly"] = Bound.Nearly, ["almost"] = Bound.Nearly,
        ["about"] = Bound.Approximate, ["around"] = Bound.Approximate, ["roughly"] = Bound.Approximate,
        ["some"] = Bound.Approximate, ["approximately"] = Bound.Approximate, ["approx"] = Bound.Approximate,
        ["approx."] = Bound.Approximate, ["circa"] = Bound.Approximate, ["estimated"] = Bound.Approximate,
        ["~"] = Bound.Approximate, [">"] = Bound.Lower, ["<"] = Bound.Upper, ["≥"] = Bound.Lower, ["≤"] = Bound.Upper,
        [">="] = Bound.Lower, ["<="] = Bound.Upper,
    }.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);

    /// <summary>Two-word modifiers, keyed by "first second".</summary>
    private static readonly FrozenDictionary<string, Bound> Two = new Dictionary<string, Bound>(StringComparer.OrdinalIgnoreCase)
    {
        ["more than"] = Bound.Lower, ["greater than"] = Bound.Lower, ["higher than"] = Bound.Lower, ["larger than"] = Bound.Lower,
        ["bigger than"] = Bound.Lower, ["at least"] = Bound.Lower, ["upwards of"] = Bound.Lower, ["excess of"] = Bound.Lower,
        ["less than"] = Bound.Upper, ["fewer than"] = Bound.Upper, ["lower than"] = Bound.Upper, ["smaller than"] = Bound.Upper,
        ["up to"] = Bound.Upper, ["at most"] = Bound.Upper, ["as many as"] = Bound.Upper, ["as much as"] = Bound.Upper,
        ["close to"] = Bound.Approximate, ["an estimated"] = Bound.Approximate,
        ["just over"] = Bound.Lower, ["just under"] = Bound.Upper, ["well over"] = Bound.Lower,
    }.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);

    private static readonly FrozenDictionary<string, Bound>.AlternateLookup<ReadOnlySpan<char>> OneLookup = One.GetAlternateLookup<ReadOnlySpan<char>>();
    private static readonly FrozenDictionary<string, Bound>.AlternateLookup<ReadOnlySpan<char>> TwoLookup = Two.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>
    /// Reads a modifier ending just before token <paramref name="number"/>: returns what it says and the index of
    /// its first token (<paramref name="start"/>), or <see cref="Bound.None"/>.
    /// </summary>
    public static Bound Before(NumberTokens t, int number, int first, out int start)
    {
        start = number;
        var i = number - 1;
        if (i < first) return Bound.None;
        var symbol = Symbols(t, i, first, out start);
        if (symbol != null) return symbol.Value;
        if ((t.IsWord(i, "to") || t.IsWord(i, "than")) && i - 1 >= first && t.IsWord(i - 1, "equal"))
        {
            return i - 2 >= first && t.IsWord(i - 2, "or") ? OrEqual(t, i - 3, first, out start) : Bound.None;
        }
        if (i - 1 >= first)
        {
            var two = TwoWords(t, i - 1);
            if (two != Bound.None)
            {
                start = i - 1;
                if (i - 2 >= first && (t.IsWord(i - 2, "no") || t.IsWord(i - 2, "not")))
                {
                    start = i - 2;
                    return two == Bound.Lower ? Bound.Upper : Bound.Lower;
                }
                return two;
            }
        }
        if (!OneLookup.TryGetValue(t.TextOf(i), out var one)) return Bound.None;
        start = i;
        if (one == Bound.Approximate && i - 1 >= first && t.IsWord(i - 1, "an") && t.IsWord(i, "estimated")) start = i - 1;
        return one;
    }

    /// <summary>less than or equal to, at least or equal to, smaller or equal than: the comparison before "or equal".</summary>
    private static Bound OrEqual(NumberTokens t, int j, int first, out int start)
    {
        start = j + 1;
        if (j < first) return Bound.None;
        if (j - 1 >= first && TwoWords(t, j - 1) is var two and not Bound.None)
        {
            start = j - 1;
            return two;
        }
        var word = t.TextOf(j);
        Bound comparative = word switch
        {
            "smaller" or "less" or "lower" or "fewer" => Bound.Upper,
            "bigger" or "greater" or "higher" or "larger" or "more" => Bound.Lower,
            _ => Bound.None,
        };
        if (comparative != Bound.None) start = j;
        return comparative;
    }

    /// <summary>&lt; = 100 and &gt;= 30; &lt;&gt;30 and =&gt;30 are not bounds. Null when token <paramref name="i"/> is no symbol.</summary>
    private static Bound? Symbols(NumberTokens t, int i, int first, out int start)
    {
        start = i + 1;
        var at = t.Is(i, '=') && i - 1 >= first && (t.Is(i - 1, '<') || t.Is(i - 1, '>')) ? i - 1 : i;
        if (!(t.Is(at, '<') || t.Is(at, '>') || t.IsWord(at, "<=") || t.IsWord(at, ">="))) return null;
        if (at - 1 >= first && t.Touches(at - 1) && (t.Is(at - 1, '<') || t.Is(at - 1, '>') || t.Is(at - 1, '='))) return Bound.None;
        start = at;
        return t.TextOf(at)[0] == '<' ? Bound.Upper : Bound.Lower;
    }

    /// <summary>Reads <c>or more</c> / <c>or less</c> / <c>or fewer</c> / <c>and above</c> at token <paramref name="i"/>.</summary>
    public static Bound After(NumberTokens t, int i, int end)
    {
        if (i + 1 >= end || !(t.IsWord(i, "or") || t.IsWord(i, "and"))) return Bound.None;
        if (i + 3 < end && t.IsWord(i + 2, "than")) return Bound.None;
        if (t.IsWord(i + 1, "more") || t.IsWord(i + 1, "above") || t.IsWord(i + 1, "greater") || t.IsWord(i + 1, "over")) return Bound.Lower;
        if (t.IsWord(i + 1, "less") || t.IsWord(i + 1, "fewer") || t.IsWord(i + 1, "below") || t.IsWord(i + 1, "under")) return Bound.Upper;
        return Bound.None;
    }

    private static Bound TwoWords(NumberTokens t, int i)
    {
        var a = t.TextOf(i);
        var b = t.TextOf(i + 1);
        if (a.Length + b.Length + 1 > 32) return Bound.None;
        Span<char> buffer = stackalloc char[32];
        a.CopyTo(buffer);
        buffer[a.Length] = ' ';
        b.CopyTo(buffer[(a.Length + 1)..]);
        return TwoLookup.TryGetValue(buffer[..(a.Length + b.Length + 1)], out var bound) ? bound : Bound.None;
    }
}
