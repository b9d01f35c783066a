namespace Dateline.Knowledge.Dictionaries;

/// <summary>Agents read from a TABARI/PETRARCH agent file, looked up by phrase (case-insensitive). Immutable once built.</summary>
public sealed class AgentDictionary
{
    private readonly PhraseTrie<AgentEntry> _forms;

    internal AgentDictionary(IReadOnlyList<AgentEntry> entries, PhraseTrie<AgentEntry> forms, IReadOnlyDictionary<string, IReadOnlyList<string>> markers)
    {
        Entries = entries;
        _forms = forms;
        Markers = markers;
    }

    /// <summary>A dictionary of <paramref name="entries"/> without substitution markers (on a shared phrase the later entry wins).</summary>
    internal static AgentDictionary FromEntries(IReadOnlyList<AgentEntry> entries)
    {
        var forms = new PhraseTrie<AgentEntry>();
        foreach (var entry in entries)
        {
            foreach (var form in entry.Forms) forms.Set(form, entry);
        }
        return new AgentDictionary(entries, forms, new Dictionary<string, IReadOnlyList<string>>());
    }

    /// <summary>Every entry in file order.</summary>
    public IReadOnlyList<AgentEntry> Entries { get; }

    /// <summary>Substitution markers (<c>!PERSON! = MAN, MEN, ...</c>) by name without the <c>!</c>.</summary>
    public IReadOnlyDictionary<string, IReadOnlyList<string>> Markers { get; }

    /// <summary>Distinct phrases that can be looked up.</summary>
    public int FormCount => _forms.Count;

    /// <summary>The agent named exactly by <paramref name="words"/>, or null (the last entry wins on a shared phrase).</summary>
    public AgentEntry? Find(IReadOnlyList<string> words)
    {
        ArgumentNullException.ThrowIfNull(words);
        return _forms.Get(words);
    }

    /// <summary>The agent for a phrase written as in the dictionary or as text (<c>FOREIGN_MINISTER</c>, <c>foreign ministers</c>), or null.</summary>
    public AgentEntry? Find(string phrase)
    {
        ArgumentNullException.ThrowIfNull(phrase);
        return _forms.Get(new WordPool().Split(phrase));
    }

    /// <summary>The longest agent phrase starting at token <paramref name="start"/>: its length (0 when none) and entry.</summary>
    public int MatchLongest(IReadOnlyList<string> tokens, int start, out AgentEntry? entry)
    {
        ArgumentNullException.ThrowIfNull(tokens);
        return _forms.MatchLongest(tokens, start, out entry);
    }
}
