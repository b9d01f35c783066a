using System.Collections.Frozen;
using Dateline.Extraction.Numbers;

namespace Dateline.Extraction.Quantities;

/// <summary>
/// Numbers that belong to dates and times, which the time layer reads: a day next to a month name
/// (<c>February 16</c>, <c>16th of February</c>), a four-digit year after a month, a preposition or another year
/// (<c>in 2014</c>, <c>2014-15</c>), and a clock time (<c>5 pm</c>).
/// </summary>
internal static class DateContext
{
    private static readonly FrozenSet<string> Months = FrozenSet.ToFrozenSet(
        ["january", "february", "march", "april", "june", "july", "august", "september", "october", "november", "december",
         "jan", "jan.", "feb", "feb.", "mar", "mar.", "apr", "apr.", "jun", "jun.", "jul", "jul.", "aug", "aug.", "sep", "sep.",
         "sept", "sept.", "oct", "oct.", "nov", "nov.", "dec", "dec."],
        StringComparer.OrdinalIgnoreCase);

    private static readonly FrozenSet<string> YearWords = FrozenSet.ToFrozenSet(
        ["in", "since", "by", "until", "till", "from", "before", "after", "during", "early", "late", "mid", "year",
         "summer", "winter", "spring", "autumn", "fall", "circa", "c.", "between", "through", "fy"],
        StringComparer.OrdinalIgnoreCase);

    private static readonly FrozenSet<string> StrongYearWords = FrozenSet.ToFrozenSet(
        ["in", "since", "until", "till", "during", "by", "before", "after"], StringComparer.OrdinalIgnoreCase);

    private static readonly FrozenSet<string> ClockWords = FrozenSet.ToFrozenSet(
        ["am", "pm", "a.m.", "p.m.", "a.m", "p.m", "o'clock", "gmt", "utc", "ist", "est", "edt", "pst", "bst", "cet", "hrs", "hours"],
        StringComparer.OrdinalIgnoreCase);

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> MonthLookup = Months.GetAlternateLookup<ReadOnlySpan<char>>();
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> YearLookup = YearWords.GetAlternateLookup<ReadOnlySpan<char>>();
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> StrongYearLookup = StrongYearWords.GetAlternateLookup<ReadOnlySpan<char>>();
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> ClockLookup = ClockWords.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>True when <paramref name="match"/> is part of a date or a clock time.</summary>
    public static bool IsDateOrTime(NumberTokens t, NumberMatch match, int first, int end)
    {
        if (match.EndToken - match.FirstToken != 1 || match.Words || match.Scaled) return false;
        var i = match.FirstToken;
        if (match.HasSuffix) return IsClock(t.Text.AsSpan(match.SuffixStart, match.End - match.SuffixStart));
        if (match.Kind is not (NumberKind.Integer or NumberKind.Ordinal)) return false;
        var value = match.Value;
        if (i + 1 < end && match.Kind == NumberKind.Integer && IsClock(t.TextOf(i + 1)) && t.Word(i + 1).Class == WordClass.None) return value <= 24;
        if (value is >= 1 and <= 31 && value == Math.Floor(value) && IsDayOfMonth(t, i, first, end)) return true;
        return match.Kind == NumberKind.Integer && (IsYear(t, i, first, end) || IsShortYearAfterYear(t, i, first));
    }

    /// <summary>True when token <paramref name="i"/> is a month name (May only when capitalized).</summary>
    public static bool IsMonth(NumberTokens t, int i)
    {
        var text = t.TextOf(i);
        return MonthLookup.Contains(text) || text.SequenceEqual("May");
    }

    private static bool IsClock(ReadOnlySpan<char> word) => !word.Equals("hours", StringComparison.OrdinalIgnoreCase) && ClockLookup.Contains(word);

    private static bool IsDayOfMonth(NumberTokens t, int i, int first, int end)
    {
        if (i - 1 >= first && IsMonth(t, i - 1)) return true;
        if (i + 1 < end && IsMonth(t, i + 1)) return true;
        return i + 2 < end && t.IsWord(i + 1, "of") && IsMonth(t, i + 2);
    }

    private static bool IsYear(NumberTokens t, int i, int first, int end)
    {
        var text = t.TextOf(i);
        if (text.Length != 4 || !IsYearValue(t.Digits(i).Value)) return false;
        if (i - 1 >= first && (IsMonth(t, i - 1) || StrongYearLookup.Contains(t.TextOf(i - 1)))) return true;
        if (i + 1 < end && CountedNoun.LooksLikePluralNoun(t, i + 1)) return false;
        if (i - 1 >= first)
        {
            var before = t.TextOf(i - 1);
            if (YearLookup.Contains(before)) return true;
            if (before.SequenceEqual(",") && i - 2 >= first && (IsMonth(t, i - 2) || (i - 3 >= first && IsMonth(t, i - 3)))) return true;
            if ((t.IsDash(i - 1) || before.SequenceEqual("/")) && i - 2 >= first && IsYearToken(t, i - 2)) return true;
        }
        if (i + 2 < end && t.IsDash(i + 1) && t.Digits(i + 2).IsPlainInteger
            && (t.TextOf(i + 2).Length == 2 || IsYearToken(t, i + 2))) return true;
        if (i + 1 < end && (IsMonth(t, i + 1) || t.TextOf(i + 1).SequenceEqual("'s"))) return true;
        // Otherwise a bare 1900-2100 is a year (the 1994 genocide) unless a modifier or currency says it is an amount.
        var value = t.Digits(i).Value;
        if (value is < 1900 or > 2100) return false;
        if (i - 2 >= first && (t.IsWord(i - 1, "to") || t.IsWord(i - 1, "and")) && IsYearToken(t, i - 2)) return true;
        return i - 1 < first || !IsAmountMarker(t, i - 1, first);
    }

    private static bool IsAmountMarker(NumberTokens t, int i, int first) =>
        BoundWords.Before(t, i + 1, first, out _) != Bound.None || CurrencyLexicon.Before(t, i + 1, first, out _) != null
        || t.IsWord(i, "than") || t.IsWord(i, "of") || t.IsWord(i, "to") || t.IsWord(i, "and");

    /// <summary>The 15 of 2014-15.</summary>
    private static bool IsShortYearAfterYear(NumberTokens t, int i, int first) =>
        t.TextOf(i).Length == 2 && i - 2 >= first && t.IsDash(i - 1) && IsYearToken(t, i - 2);

    private static bool IsYearToken(NumberTokens t, int i) => t.TextOf(i).Length == 4 && t.Digits(i).IsPlainInteger && IsYearValue(t.Digits(i).Value);

    private static bool IsYearValue(double value) => value is >= 1000 and <= 2199;
}
