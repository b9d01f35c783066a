namespace Dateline.Nlp.Entities;

/// <summary>Spelling facts about one word, computed once per token: hashes of its shape and its capitalization class.</summary>
internal static class WordClass
{
    /// <summary>Capitalization classes.</summary>
    public const int Lower = 0, Capitalized = 1, AllCaps = 2, Mixed = 3, NoLetters = 4;

    /// <summary>The capitalization class of a word.</summary>
    public static int Capitalization(ReadOnlySpan<char> word)
    {
        int upper = 0, lower = 0;
        foreach (var c in word)
        {
            if (char.IsUpper(c)) upper++;
            else if (char.IsLower(c)) lower++;
        }
        if (upper == 0) return lower == 0 ? NoLetters : Lower;
        if (lower == 0) return upper == 1 && word.Length == 1 ? Capitalized : AllCaps;
        return char.IsUpper(word[0]) && upper == 1 ? Capitalized : Mixed;
    }

    /// <summary>Hash of the word's shape (X, x, d, other characters as written), runs cut at <paramref name="maxRun"/>.</summary>
    public static ulong ShapeHash(ReadOnlySpan<char> word, int maxRun)
    {
        var hash = 14695981039346656037UL;
        char last = '\0';
        var run = 0;
        foreach (var c in word)
        {
            var mapped = char.IsUpper(c) ? 'X' : char.IsLower(c) ? 'x' : char.IsDigit(c) ? 'd' : c;
            run = mapped == last ? run + 1 : 1;
            last = mapped;
            if (run > maxRun) continue;
            hash = (hash ^ mapped) * 1099511628211UL;
        }
        return hash;
    }

    /// <summary>A small bucket for the word's length.</summary>
    public static int LengthBucket(int length) => length switch { <= 4 => length, <= 7 => 5, _ => 6 };
}
