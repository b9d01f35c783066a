namespace Dateline.Knowledge.Dictionaries;

/// <summary>
/// The date part of an actor code: empty (always valid), <c>&gt;D</c> (from D on), <c>&lt;D</c> (before D) or
/// <c>A-B</c> (from A, before B). Blanks are allowed around the signs (<c>[HOB &lt; 950601]</c>).
/// </summary>
internal static class ActorDateRestriction
{
    public static bool TryParse(ReadOnlySpan<char> text, out DateOnly? from, out DateOnly? until, out string? reason)
    {
        from = null;
        until = null;
        reason = null;
        var trimmed = text.Trim();
        if (trimmed.IsEmpty) return true;
        if (trimmed[0] is '>' or '<')
        {
            if (!DictionaryDate.TryParse(trimmed[1..].Trim(), out var date, out reason)) return false;
            if (trimmed[0] == '>') from = date;
            else until = date;
            return true;
        }
        var dash = trimmed.IndexOf('-');
        if (dash < 0)
        {
            reason = $"date '{trimmed}' needs '>', '<' or a range A-B";
            return false;
        }
        if (!DictionaryDate.TryParse(trimmed[..dash].Trim(), out var start, out reason)) return false;
        if (!DictionaryDate.TryParse(trimmed[(dash + 1)..].Trim(), out var end, out reason)) return false;
        if (end < start)
        {
            reason = $"range '{trimmed}' ends before it starts";
            return false;
        }
        from = start;
        until = end;
        return true;
    }
}
