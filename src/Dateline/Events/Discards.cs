using Dateline.Knowledge.Dictionaries;

namespace Dateline.Events;

/// <summary>Discard-list checks: a sentence holding a discard phrase is not coded.</summary>
internal static class Discards
{
    public static bool Hit(ParsedSentence s, DiscardList? discards)
    {
        if (discards is null) return false;
        for (var i = 0; i < s.Count; i++)
        {
            if (discards.MatchLongest(s.Words, i, out _) > 0) return true;
        }
        return false;
    }
}
