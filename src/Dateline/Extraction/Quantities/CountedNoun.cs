using System.Collections.Frozen;
using Dateline.Documents;
using Dateline.Extraction.Numbers;

namespace Dateline.Extraction.Quantities;

/// <summary>
/// Finds the noun a number counts: the head noun after it, past adjectives (<c>1 lakh Russian troops</c> → troops).
/// With tags it walks ADJ tokens to the NOUN/PROPN; without, it reads token shapes: function words stop it,
/// capitalized words before a lower-case word, common adjectives and adjective endings are skipped.
/// </summary>
internal static class CountedNoun
{
    private const int MaxModifiers = 3;

    private static readonly FrozenSet<string> FunctionWords = FrozenSet.ToFrozenSet(
        ["the", "a", "an", "of", "in", "on", "at", "to", "for", "from", "by", "with", "and", "or", "but", "is", "are", "was",
         "were", "be", "been", "has", "have", "had", "will", "would", "could", "should", "can", "may", "might", "must", "said",
         "says", "that", "which", "who", "this", "these", "those", "it", "its", "their", "his", "her", "our", "as", "than",
         "per", "into", "out", "over", "under", "up", "down", "more", "less", "each", "apiece", "times", "percent", "cent",
         "not", "also", "so", "if", "when", "while", "after", "before", "since", "until", "about", "against", "among", "between",
         "do", "did", "does", "they", "he", "she", "we", "you", "i", "them", "there", "here", "all", "both", "some", "any", "no",
         "yet", "still", "ago", "later", "earlier", "only", "just", "or", "nor", "then", "being", "what", "where", "how", "why"],
        StringComparer.OrdinalIgnoreCase);

    private static readonly FrozenSet<string> Adjectives = FrozenSet.ToFrozenSet(
        ["new", "old", "other", "additional", "extra", "more", "young", "small", "large", "big", "local", "foreign", "senior",
         "armed", "unarmed", "innocent", "injured", "wounded", "dead", "former", "active", "regular", "elite", "heavy", "light",
         "main", "major", "key", "top", "different", "separate", "fresh", "further", "civilian", "military", "naval", "nuclear",
         "registered", "eligible", "missing", "displaced", "unemployed", "full", "long", "short", "high", "low", "few", "many",
         "such", "similar", "total", "same", "first", "last", "next", "previous", "own"],
        StringComparer.OrdinalIgnoreCase);

    private static readonly string[] AdjectiveEndings = ["ian", "ese", "ish", "ive", "ous", "ful", "less", "able", "ible", "ary", "ical"];

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> FunctionLookup = FunctionWords.GetAlternateLookup<ReadOnlySpan<char>>();
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> AdjectiveLookup = Adjectives.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>The index of the head noun counted by a number ending before token <paramref name="i"/>, or -1.</summary>
    public static int Find(NumberTokens t, PosTags? tags, int i, int end) =>
        tags != null ? FindTagged(tags, i, end) : FindUntagged(t, i, end);

    /// <summary>True when token <paramref name="i"/> is a lower-case word ending in s that is not a function word.</summary>
    public static bool LooksLikePluralNoun(NumberTokens t, int i)
    {
        var text = t.TextOf(i);
        return text.Length > 2 && char.IsLower(text[0]) && text[^1] == 's' && IsWord(text) && !FunctionLookup.Contains(text)
            && t.Word(i).Class == WordClass.None && UnitLexicon.Name(text) == null;
    }

    private static int FindTagged(PosTags tags, int i, int end)
    {
        for (var j = i; j < end && j < i + MaxModifiers + 1; j++)
        {
            var upos = tags.Upos[j];
            if (upos is "NOUN" or "PROPN")
            {
                while (j + 1 < end && tags.Upos[j + 1] == "NOUN") j++;
                return j;
            }
            var modifier = upos == "ADJ" || (upos == "PUNCT" && tags.Xpos[j] == "HYPH") || (upos == "VERB" && tags.Xpos[j] == "VBN");
            if (!modifier) return -1;
        }
        return -1;
    }

    private static int FindUntagged(NumberTokens t, int i, int end)
    {
        for (var j = i; j < end && j < i + MaxModifiers + 1; j++)
        {
            var text = t.TextOf(j);
            if (!IsWord(text) || FunctionLookup.Contains(text) || t.Word(j).Class != WordClass.None || DateContext.IsMonth(t, j)) return -1;
            var nextIsWord = j + 1 < end && IsWord(t.TextOf(j + 1)) && !FunctionLookup.Contains(t.TextOf(j + 1));
            if (nextIsWord && IsAdjective(text, t.TextOf(j + 1))) continue;
            if (text.EndsWith("ed", StringComparison.Ordinal) && !nextIsWord) return -1;
            return j;
        }
        return -1;
    }

    private static bool IsAdjective(ReadOnlySpan<char> word, ReadOnlySpan<char> next)
    {
        if (AdjectiveLookup.Contains(word)) return true;
        if (char.IsUpper(word[0]) && char.IsLower(next[0])) return true;
        if (word.EndsWith("ed", StringComparison.Ordinal) || word.EndsWith("ing", StringComparison.Ordinal)) return true;
        foreach (var ending in AdjectiveEndings)
        {
            if (word.Length > ending.Length + 2 && word.EndsWith(ending, StringComparison.OrdinalIgnoreCase)) return true;
        }
        return false;
    }

    private static bool IsWord(ReadOnlySpan<char> text)
    {
        if (text.IsEmpty || !char.IsLetter(text[0])) return false;
        foreach (var c in text)
        {
            if (!char.IsLetter(c) && c is not ('-' or '\'')) return false;
        }
        return true;
    }
}
