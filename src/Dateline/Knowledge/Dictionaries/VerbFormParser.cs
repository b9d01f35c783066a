namespace Dateline.Knowledge.Dictionaries;

/// <summary>
/// Reads the forms of a verb line: <c>GIVE {GAVE GIVEN GIVING}</c>, <c>+BRING_OUT {+BROUGHT_OUT ...}</c>,
/// <c>RE_+ARREST</c>. Without <c>{...}</c> the regular forms are generated on the verb word (PETRARCH rules: +S or
/// +ES after S, X, Z, CH, SH, Y → IES; +D after E else +ED, consonant+Y → IED; +ING, dropping an E after a consonant).
/// </summary>
internal static class VerbFormParser
{
    /// <summary>One written form: <c>+</c> marks the verb word of a multi-word form; a one-word form needs none.</summary>
    public static VerbForm? ParseForm(ReadOnlySpan<char> text, WordPool pool, out string? error)
    {
        error = null;
        var words = new List<string>();
        var verbIndex = -1;
        foreach (var range in text.Split('_'))
        {
            var word = text[range];
            if (word.IsEmpty) continue;
            if (word[0] == '+')
            {
                if (verbIndex >= 0)
                {
                    error = $"'{text}' marks more than one word with '+'";
                    return null;
                }
                verbIndex = words.Count;
                word = word[1..];
            }
            if (word.IsEmpty || word.IndexOfAny('+', '{', '}') >= 0)
            {
                error = $"'{text}' is not a verb form";
                return null;
            }
            words.Add(pool.Get(word));
        }
        if (words.Count == 0)
        {
            error = "verb line has no verb";
            return null;
        }
        if (verbIndex < 0)
        {
            if (words.Count > 1)
            {
                error = $"multi-word verb '{text}' needs '+' before the verb word";
                return null;
            }
            verbIndex = 0;
        }
        return new VerbForm(words.ToArray(), verbIndex);
    }

    /// <summary>The regular inflections of <paramref name="form"/> (third person, past, gerund).</summary>
    public static IEnumerable<VerbForm> RegularForms(VerbForm form, WordPool pool)
    {
        var verb = form.Verb;
        yield return With(form, pool.Get(ThirdPerson(verb)));
        yield return With(form, pool.Get(Past(verb)));
        yield return With(form, pool.Get(Gerund(verb)));
    }

    private static VerbForm With(VerbForm form, string verb)
    {
        string[] words = [.. form.Words];
        words[form.VerbIndex] = verb;
        return new VerbForm(words, form.VerbIndex);
    }

    private static string ThirdPerson(string verb) =>
        verb.EndsWith('S') || verb.EndsWith('X') || verb.EndsWith('Z') || verb.EndsWith("CH", StringComparison.Ordinal) || verb.EndsWith("SH", StringComparison.Ordinal) ? verb + "ES"
        : ConsonantY(verb) ? verb[..^1] + "IES"
        : verb + "S";

    private static string Past(string verb) =>
        verb.EndsWith('E') ? verb + "D"
        : ConsonantY(verb) ? verb[..^1] + "IED"
        : verb + "ED";

    private static string Gerund(string verb) =>
        verb.Length > 2 && verb.EndsWith('E') && !IsVowel(verb[^2]) ? verb[..^1] + "ING" : verb + "ING";

    private static bool ConsonantY(string verb) => verb.Length > 1 && verb[^1] == 'Y' && !IsVowel(verb[^2]);

    private static bool IsVowel(char c) => c is 'A' or 'E' or 'I' or 'O' or 'U';
}
