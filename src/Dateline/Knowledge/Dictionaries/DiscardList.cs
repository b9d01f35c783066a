namespace Dateline.Knowledge.Dictionaries;

/// <summary>Discard phrases read from a TABARI/PETRARCH discard file, looked up by words (case-insensitive). Immutable once built.</summary>
public sealed class DiscardList
{
    private readonly PhraseTrie<DiscardEntry> _phrases;

    internal DiscardList(IReadOnlyList<DiscardEntry> entries, PhraseTrie<DiscardEntry> phrases)
    {
        Entries = entries;
        _phrases = phrases;
    }

    /// <summary>A list of <paramref name="entries"/> (on a shared phrase the later entry wins, as when reading files).</summary>
    internal static DiscardList FromEntries(IReadOnlyList<DiscardEntry> entries)
    {
        var phrases = new PhraseTrie<DiscardEntry>();
        foreach (var entry in entries) phrases.Set(entry.Words, entry);
        return new DiscardList(entries, phrases);
    }

    /// <summary>Every entry in file order.</summary>
    public IReadOnlyList<DiscardEntry> Entries { get; }

    /// <summary>The entry for exactly these words, or null.</summary>
    public DiscardEntry? Find(IReadOnlyList<string> words)
    {
        ArgumentNullException.ThrowIfNull(words);
        return _phrases.Get(words);
    }

    /// <summary>The longest discard phrase starting at token <paramref name="start"/>: its length (0 when none) and entry.</summary>
    public int MatchLongest(IReadOnlyList<string> tokens, int start, out DiscardEntry? entry)
    {
        ArgumentNullException.ThrowIfNull(tokens);
        return _phrases.MatchLongest(tokens, start, out entry);
    }
}
