namespace Dateline.Nlp.Entities;

/// <summary>Tells whether a short form is the initials of a long name: <c>NATO</c> of <c>North Atlantic Treaty Organization</c>, <c>US</c> of <c>United States</c>.</summary>
internal static class AcronymMatcher
{
    /// <summary>True when the capital letters of <paramref name="acronym"/> (dots ignored) are the initials of the capitalized words of <paramref name="name"/>.</summary>
    public static bool IsAcronymOf(string acronym, string name)
    {
        Span<char> letters = stackalloc char[16];
        var count = 0;
        foreach (var c in acronym)
        {
            if (c == '.') continue;
            if (!char.IsUpper(c) || count == letters.Length) return false;
            letters[count++] = c;
        }
        if (count < 2) return false;
        var matched = 0;
        var atWordStart = true;
        foreach (var c in name)
        {
            if (c is ' ' or '-')
            {
                atWordStart = true;
                continue;
            }
            if (atWordStart && char.IsUpper(c))
            {
                if (matched == count || letters[matched] != c) return false;
                matched++;
            }
            atWordStart = false;
        }
        return matched == count;
    }
}
