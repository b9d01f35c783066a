namespace Dateline.Knowledge.Dictionaries;

/// <summary>
/// Actors read from TABARI/PETRARCH actor files: a lookup from a word sequence (any name or synonym; case does not
/// matter, <c>_</c> and blanks both separate words) to its <see cref="ActorEntry"/>. Immutable once built.
/// </summary>
public sealed class ActorDictionary
{
    private readonly PhraseTrie<ActorEntry> _names;

    internal ActorDictionary(IReadOnlyList<ActorEntry> entries, PhraseTrie<ActorEntry> names)
    {
        Entries = entries;
        _names = names;
    }

    /// <summary>A dictionary of <paramref name="entries"/> (on a shared name the later entry wins, as when reading files).</summary>
    internal static ActorDictionary FromEntries(IReadOnlyList<ActorEntry> entries)
    {
        var names = new PhraseTrie<ActorEntry>();
        foreach (var entry in entries)
        {
            foreach (var name in entry.Names) names.Set(name, entry);
        }
        return new ActorDictionary(entries, names);
    }

    /// <summary>Every entry in file order.</summary>
    public IReadOnlyList<ActorEntry> Entries { get; }

    /// <summary>Distinct names (primary names and synonyms) that can be looked up.</summary>
    public int NameCount => _names.Count;

    /// <summary>The entry whose name or synonym is exactly <paramref name="words"/>, or null. When several entries share a name the last one wins, as in PETRARCH.</summary>
    public ActorEntry? Find(IReadOnlyList<string> words)
    {
        ArgumentNullException.ThrowIfNull(words);
        return _names.Get(words);
    }

    /// <summary>The entry for a phrase written as in the dictionary or as text (<c>UNITED_NATIONS</c>, <c>United Nations</c>), or null.</summary>
    public ActorEntry? Find(string phrase)
    {
        ArgumentNullException.ThrowIfNull(phrase);
        return _names.Get(new WordPool().Split(phrase));
    }

    /// <summary>The longest name starting at token <paramref name="start"/>: its length in tokens (0 when none) and its entry.</summary>
    public int MatchLongest(IReadOnlyList<string> tokens, int start, out ActorEntry? entry)
    {
        ArgumentNullException.ThrowIfNull(tokens);
        return _names.MatchLongest(tokens, start, out entry);
    }
}
