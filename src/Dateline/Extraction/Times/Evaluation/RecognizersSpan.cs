namespace Dateline.Extraction.Times.Evaluation;

/// <summary>
/// Compares our span with a Recognizers-Text span where the two differ only by extent convention: case, spacing and
/// a final full stop; a leading article or preposition that Recognizers includes and TIMEX3 leaves out
/// (<c>on Sundays</c>, <c>the following week</c>, <c>in the year 2008</c>); and a signal word that TIMEX3 writes
/// as the expression's mod instead (<c>after 2018</c> = <c>2018</c> with mod AFTER), only when the mods agree.
/// </summary>
internal static class RecognizersSpan
{
    private static readonly string[] Leading = ["the ", "on ", "in ", "at ", "during ", "for ", "of ", "my "];

    private static readonly (string Word, string Mod, string Ours)[] Signals =
    [
        ("before ", "before", "BEFORE"), ("after ", "after", "AFTER"), ("since ", "since", "ON_OR_AFTER"),
        ("until ", "until", "ON_OR_BEFORE"), ("till ", "until", "ON_OR_BEFORE"), ("by ", "until", "ON_OR_BEFORE"),
    ];

    private static readonly string[] VagueWords = ["few", "several", "some"];

    public static bool Matches(string ours, string? ourMod, RecognizersExpected expected)
    {
        var mine = Normal(ours);
        var theirs = Normal(expected.Text);
        if (mine == theirs) return true;
        foreach (var (word, mod, our) in Signals)
        {
            if (theirs.StartsWith(word, StringComparison.Ordinal) && string.Equals(expected.Mod, mod, StringComparison.OrdinalIgnoreCase)
                && ourMod == our)
            {
                theirs = theirs[word.Length..];
                break;
            }
        }
        return Strip(mine) == Strip(theirs);
    }

    /// <summary>True when the span has a word for an unknown amount.</summary>
    public static bool IsVague(string text)
    {
        foreach (var w in text.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            if (Array.IndexOf(VagueWords, w.ToLowerInvariant()) >= 0) return true;
        }
        return false;
    }

    private static string Normal(string s)
    {
        var t = string.Join(' ', s.ToLowerInvariant().Split(' ', StringSplitOptions.RemoveEmptyEntries));
        return t.EndsWith('.') ? t[..^1] : t;
    }

    private static string Strip(string s)
    {
        foreach (var l in Leading)
        {
            if (s.StartsWith(l, StringComparison.Ordinal)) return Strip(s[l.Length..]);
        }
        return s;
    }
}
