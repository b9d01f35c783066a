namespace Dateline.Knowledge.Dictionaries;

/// <summary>
/// Expands PETRARCH issue phrases: <c>a+b</c> gives "A B" and "A-B"; <c>n:word</c> gives the word and its regular
/// plural (Y → IES, else + S); <c>v:word</c> gives the word, +S, +ED (+D after E) and +ING (dropping a final E).
/// </summary>
internal static class IssueFormExpander
{
    public static List<string> Expand(string phrase)
    {
        var done = new List<string>();
        var work = new Stack<string>();
        work.Push(phrase);
        while (work.Count > 0)
        {
            var form = work.Pop();
            var plus = form.IndexOf('+', StringComparison.Ordinal);
            if (plus >= 0)
            {
                work.Push(string.Concat(form.AsSpan(0, plus), "-", form.AsSpan(plus + 1)));
                work.Push(string.Concat(form.AsSpan(0, plus), " ", form.AsSpan(plus + 1)));
                continue;
            }
            if (TryMarker(form, 'N', out var before, out var word, out var after))
            {
                work.Push(before + Plural(word) + after);
                work.Push(before + word + after);
                continue;
            }
            if (TryMarker(form, 'V', out before, out word, out after))
            {
                var e = word.EndsWith('E');
                work.Push(before + (e ? word[..^1] : word) + "ING" + after);
                work.Push(before + word + (e ? "D" : "ED") + after);
                work.Push(before + word + "S" + after);
                work.Push(before + word + after);
                continue;
            }
            done.Add(form);
        }
        return done;
    }

    private static string Plural(string word) => word.EndsWith('Y') ? word[..^1] + "IES" : word + "S";

    /// <summary>Finds <c>X:</c> at the start of a word (or after a hyphen): the text before, the marked word and the text after.</summary>
    private static bool TryMarker(string form, char letter, out string before, out string word, out string after)
    {
        for (var i = 0; i + 1 < form.Length; i++)
        {
            if (char.ToUpperInvariant(form[i]) != letter || form[i + 1] != ':' || (i > 0 && form[i - 1] != ' ' && form[i - 1] != '-')) continue;
            var end = form.IndexOf(' ', i + 2);
            if (end < 0) end = form.Length;
            before = form[..i];
            word = form[(i + 2)..end];
            after = form[end..];
            return word.Length > 0;
        }
        before = word = after = "";
        return false;
    }
}
