using System.Runtime.CompilerServices;

namespace Dateline.Nlp.Tagging;

/// <summary>
/// Character normalization the tagger and the lemmatizer apply before looking at a word: curly
/// quotes and apostrophes become straight ones (news text writes <c>’s</c>, the treebank <c>'s</c>).
/// </summary>
internal static class TaggerText
{
    /// <summary>The character with typographic quotes straightened.</summary>
    public static char Normalize(char c) => c switch
    {
        '\u2018' or '\u2019' or '\u201A' or '\u201B' or '\u2032' or '\u0060' or '\u00B4' => '\'',
        '\u201C' or '\u201D' or '\u201E' or '\u201F' or '\u2033' or '\u00AB' or '\u00BB' => '"',
        _ => c,
    };

    /// <summary>True when <see cref="Normalize"/> would change some character of <paramref name="word"/>.</summary>
    public static bool NeedsNormalizing(ReadOnlySpan<char> word)
    {
        foreach (var c in word)
        {
            if (Normalize(c) != c) return true;
        }
        return false;
    }

    /// <summary>Writes the normalized word into <paramref name="destination"/> (at least as long).</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static void NormalizeInto(ReadOnlySpan<char> word, Span<char> destination, bool lower)
    {
        for (var i = 0; i < word.Length; i++)
        {
            var c = Normalize(word[i]);
            destination[i] = lower ? char.ToLowerInvariant(c) : c;
        }
    }
}
