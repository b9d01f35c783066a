using System.Text;
using Dateline.Knowledge.Gazetteer;

namespace Dateline.Knowledge.Linking;

/// <summary>
/// Names as linking compares them: possessive and leading titles stripped (<see cref="Bare"/>), then folded to a
/// spelling key that ignores case, diacritics, dots, doubled letters and common transliteration variants
/// (<c>Zelenskiy</c>, <c>Zelenskyy</c>, <c>Zelensky</c> share one key).
/// </summary>
internal static class NameForms
{
    /// <summary>Words that stand before a name without being part of it (compared without case and dots).</summary>
    private static readonly HashSet<string> Titles = new(StringComparer.OrdinalIgnoreCase)
    {
        "the", "president", "vice", "prime", "minister", "premier", "chancellor", "gen", "general", "lt", "col",
        "colonel", "maj", "major", "capt", "captain", "adm", "admiral", "sgt", "mr", "mrs", "ms", "miss", "dr",
        "prof", "sir", "dame", "lord", "sen", "senator", "rep", "gov", "governor", "mayor", "king", "queen",
        "prince", "princess", "pope", "sheikh", "ayatollah", "secretary", "foreign", "defence", "defense",
        "state", "spokesman", "spokeswoman", "spokesperson", "leader", "chief", "commander", "judge", "justice",
        "former", "late",
    };

    /// <summary>
    /// The name without a trailing possessive and a leading <c>the</c>, and for a person without leading titles
    /// (at least one word is kept).
    /// </summary>
    public static string Bare(string name, bool person = true)
    {
        var text = StripPossessive(name.Trim());
        var words = text.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var first = 0;
        while (first < words.Length - 1 && IsLeadingWord(words[first], person)) first++;
        return first == 0 ? text : string.Join(' ', words, first, words.Length - first);
    }

    private static bool IsLeadingWord(string word, bool person) =>
        person ? Titles.Contains(word.TrimEnd('.')) : word.Equals("the", StringComparison.OrdinalIgnoreCase);

    /// <summary>The name without a trailing <c>'s</c> or <c>’s</c> (or a lone apostrophe after s).</summary>
    public static string StripPossessive(string name)
    {
        if (name.Length > 2 && name[^1] is 's' or 'S' && name[^2] is '\'' or '\u2019') return name[..^2];
        if (name.Length > 2 && name[^1] is '\'' or '\u2019' && name[^2] is 's') return name[..^1];
        return name;
    }

    /// <summary>The spelling key of a whole name: the keys of its words joined by blanks.</summary>
    public static string Key(string name, bool person = true)
    {
        var bare = Bare(name, person);
        var builder = new StringBuilder(bare.Length);
        foreach (var word in bare.Split([' ', '-'], StringSplitOptions.RemoveEmptyEntries))
        {
            var key = WordKey(word);
            if (key.Length == 0) continue;
            if (builder.Length > 0) builder.Append(' ');
            builder.Append(key);
        }
        return builder.ToString();
    }

    /// <summary>The spelling key of one word.</summary>
    public static string WordKey(string word)
    {
        var folded = new StringBuilder(word.Length);
        foreach (var c in word)
        {
            if (!char.IsLetterOrDigit(c)) continue;
            var lower = char.ToLowerInvariant(LatinFolding.Fold(c));
            if (folded.Length > 0 && folded[^1] == lower) continue;
            folded.Append(lower);
        }
        folded.Replace("kh", "h").Replace("ie", "i").Replace("ou", "u");
        var length = folded.Length;
        if (length > 3 && folded[length - 1] is 'y' or 'j' or 'i' && folded[length - 2] is 'i' or 'y')
        {
            folded.Length = length - 1;
            length--;
        }
        if (length > 3 && folded[length - 1] == 'i') folded[length - 1] = 'y';
        return folded.ToString();
    }

    /// <summary>The last word of the bare name (a person's family name), or null for a one-word name.</summary>
    public static string? FamilyName(string name)
    {
        var bare = Bare(name);
        var space = bare.LastIndexOf(' ');
        return space < 0 ? null : bare[(space + 1)..];
    }

    /// <summary>The initials of the capitalized words of a name (<c>North Atlantic Treaty Organization</c> → <c>NATO</c>), or null for one word.</summary>
    public static string? Initials(string name)
    {
        var words = Bare(name, person: false).Split([' ', '-'], StringSplitOptions.RemoveEmptyEntries);
        if (words.Length < 2) return null;
        var builder = new StringBuilder(words.Length);
        foreach (var word in words)
        {
            if (char.IsUpper(word[0])) builder.Append(word[0]);
        }
        return builder.Length >= 2 ? builder.ToString() : null;
    }

    /// <summary>The name as an acronym (<c>U.S.</c> → <c>US</c>) when it is one: 2 to 8 capitals, dots allowed; else null.</summary>
    public static string? Acronym(string name)
    {
        var bare = StripPossessive(name.Trim());
        var builder = new StringBuilder(bare.Length);
        foreach (var c in bare)
        {
            if (c == '.') continue;
            if (!char.IsUpper(c)) return null;
            builder.Append(c);
        }
        return builder.Length is >= 2 and <= 8 ? builder.ToString() : null;
    }
}
