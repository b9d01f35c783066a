namespace Dateline.Nlp.Lemmas;

/// <summary>
/// Regular English inflection, undone by PTB tag: plural nouns and third-person verbs (-s, -es,
/// -ies), past forms and participles (-ed, -ied, -ing, with e-restoration and consonant
/// undoubling), comparatives and superlatives (-er, -est, -ier, -iest). Each rule proposes
/// candidates, most likely first; the lemmatizer keeps the first one it knows as a lemma, else the first.
/// </summary>
internal static class LemmaRules
{
    /// <summary>Writes the candidate lemmas of a lowercase word into <paramref name="candidates"/>; none when the tag is not inflected.</summary>
    public static void Candidates(string lower, string xpos, List<string> candidates)
    {
        switch (xpos)
        {
            case "CD":
                // EWT writes the lemma of 12,000 as 12000.
                if (lower.Contains(',') && char.IsDigit(lower[0])) candidates.Add(lower.Replace(",", "", StringComparison.Ordinal));
                break;
            case "NNS":
            case "NNPS":
            case "VBZ":
                Plural(lower, candidates);
                break;
            case "VBD":
            case "VBN":
                Suffixed(lower, "ed", candidates);
                break;
            case "VBG":
                Suffixed(lower, "ing", candidates);
                break;
            case "JJR":
            case "RBR":
                Suffixed(lower, "er", candidates);
                break;
            case "JJS":
            case "RBS":
                Suffixed(lower, "est", candidates);
                break;
        }
    }

    private static void Plural(string w, List<string> c)
    {
        if (w.Length <= 2 || !w.EndsWith('s') || w.EndsWith("ss", StringComparison.Ordinal)) return;
        if (w.EndsWith("ies", StringComparison.Ordinal) && w.Length > 4)
        {
            c.Add(w[..^3] + "y");
            c.Add(w[..^1]);
            return;
        }
        if (w.EndsWith("ves", StringComparison.Ordinal))
        {
            c.Add(w[..^1]);
            c.Add(w[..^3] + "f");
            c.Add(w[..^3] + "fe");
            return;
        }
        if (EndsWithAny(w, "izes", "yzes"))
        {
            c.Add(w[..^1]);
            return;
        }
        if (EndsWithAny(w, "sses", "shes", "ches", "xes", "zzes", "oes"))
        {
            c.Add(w[..^2]);
            c.Add(w[..^1]);
            return;
        }
        if (w.EndsWith("us", StringComparison.Ordinal) || w.EndsWith("is", StringComparison.Ordinal)) return;
        c.Add(w[..^1]);
    }

    private static void Suffixed(string w, string suffix, List<string> c)
    {
        if (w.Length < suffix.Length + 2 || !w.EndsWith(suffix, StringComparison.Ordinal)) return;
        var stem = w[..^suffix.Length];
        if (stem[^1] == 'i' && suffix != "ing")
        {
            c.Add(stem[..^1] + "y");
            return;
        }
        if (suffix == "ing" && stem.EndsWith('y') && stem.Length == 2)
        {
            c.Add(stem[..^1] + "ie");
        }
        var doubled = stem.Length >= 3 && stem[^1] == stem[^2] && IsConsonant(stem[^1]);
        var wantsE = WantsFinalE(stem);
        if (doubled && !"lsfz".Contains(stem[^1])) c.Add(stem[..^1]);
        if (wantsE) c.Add(stem + "e");
        c.Add(stem);
        if (!wantsE && !stem.EndsWith('e')) c.Add(stem + "e");
        if (doubled) c.Add(stem[..^1]);
    }

    /// <summary>True when a stem probably lost a silent e (hop-ed, creat-ed, us-ing, danc-ing).</summary>
    private static bool WantsFinalE(string stem)
    {
        if (stem.Length < 2) return false;
        // No English verb ends in v: waiv(e), conceiv(e), solv(e).
        if (stem[^1] == 'v') return true;
        // Consonant pairs that end no English verb without a silent e: danc(e), judg(e), handl(e), pars(e).
        if (EndsWithAny(stem, "dg", "rg", "nc", "rc", "bl", "pl", "dl", "gl", "kl", "tl", "fl", "zl", "cl", "rs", "ns", "ps", "rv", "lv"))
        {
            return true;
        }
        // A single vowel and consonant after a consonant: hop(e), us(e), creat(e); not heat, wait, boil.
        if (EndsWithAny(stem, "iz", "yz", "is", "ur", "ir", "iv", "av", "ov", "ev", "uv", "ac", "ic", "uc", "us", "as", "os", "at", "ot", "ut", "id", "ud", "ak", "ok", "ik", "uk", "im", "um", "om", "in", "un", "on", "ap", "op", "up", "ip", "ar", "or", "ag", "eg", "ig", "og", "ug"))
        {
            return stem.Length < 3 || !IsVowel(stem[^3]) || stem[^2] == 'u' && stem[^3] == 'q';
        }
        return false;
    }

    private static bool EndsWithAny(string w, params ReadOnlySpan<string> endings)
    {
        foreach (var e in endings)
        {
            if (w.EndsWith(e, StringComparison.Ordinal)) return true;
        }
        return false;
    }

    private static bool IsVowel(char c) => c is 'a' or 'e' or 'i' or 'o' or 'u';

    private static bool IsConsonant(char c) => c is >= 'a' and <= 'z' && !IsVowel(c);
}
