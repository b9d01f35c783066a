namespace Dateline.Knowledge.Dictionaries;

/// <summary>
/// The date part of an actor code: empty (always valid), <c>&gt;D</c> (from D on), <c>&lt;D</c> (before D) or
/// <c>A-B</c> (from A, before B). Blanks are allowed around the signs (<c>[HOB &lt; 950601]</c>).
/// Odd but readable forms are read as PETRARCH reads them, or as plainly intended, with a warning (see
/// <see cref="DictionaryDate.TryParseLenient"/> and docs/DICTIONARIES.md).
/// </summary>
internal static class ActorDateRestriction
{
    /// <summary>What became of a restriction.</summary>
    public enum Outcome
    {
        /// <summary>Read (possibly with a warning).</summary>
        Read,

        /// <summary>Readable but never applies (a range ending before it starts): the code is skipped with a warning, as PETRARCH skips it.</summary>
        Skipped,

        /// <summary>Not readable: an error.</summary>
        Unreadable,
    }

    public static Outcome Parse(ReadOnlySpan<char> text, out DateOnly? from, out DateOnly? until, out string? message, out string? warning)
    {
        from = null;
        until = null;
        message = null;
        warning = null;
        var trimmed = text.Trim();
        if (trimmed.IsEmpty) return Outcome.Read;
        if (trimmed[0] is '>' or '<')
        {
            if (!DictionaryDate.TryParseLenient(trimmed[1..].Trim(), out var date, out message, out warning)) return Outcome.Unreadable;
            if (trimmed[0] == '>') from = date;
            else until = date;
            return Outcome.Read;
        }
        var dash = trimmed.IndexOf('-');
        if (dash < 0)
        {
            if (!DictionaryDate.TryParseLenient(trimmed, out var start, out message, out warning)) return Outcome.Unreadable;
            from = start;
            warning = Join(warning, $"date '{trimmed}' has no '<', '>' or range; read as '>{trimmed}' (from that date on)");
            return Outcome.Read;
        }
        if (!DictionaryDate.TryParseLenient(trimmed[..dash].Trim(), out var first, out message, out var firstWarning)) return Outcome.Unreadable;
        if (!DictionaryDate.TryParseLenient(trimmed[(dash + 1)..].Trim(), out var last, out message, out var lastWarning)) return Outcome.Unreadable;
        warning = Join(firstWarning, lastWarning);
        if (last < first)
        {
            warning = Join(warning, $"range '{trimmed}' ends before it starts, so it never applies; code skipped, as PETRARCH skips it");
            return Outcome.Skipped;
        }
        from = first;
        until = last;
        return Outcome.Read;
    }

    private static string? Join(string? first, string? second) => first is null ? second : second is null ? first : first + "; " + second;
}
