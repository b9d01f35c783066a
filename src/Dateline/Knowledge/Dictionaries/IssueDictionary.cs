namespace Dateline.Knowledge.Dictionaries;

/// <summary>Issue phrases read from a PETRARCH issue file, looked up by words (case-insensitive). Immutable once built.</summary>
public sealed class IssueDictionary
{
    private readonly PhraseTrie<IssueEntry> _forms;

    internal IssueDictionary(IReadOnlyList<IssueEntry> entries, PhraseTrie<IssueEntry> forms, IReadOnlyList<string> codes, IReadOnlyList<string> categories)
    {
        Entries = entries;
        _forms = forms;
        Codes = codes;
        Categories = categories;
    }

    /// <summary>Every entry in file order.</summary>
    public IReadOnlyList<IssueEntry> Entries { get; }

    /// <summary>The distinct issue codes in order of first use.</summary>
    public IReadOnlyList<string> Codes { get; }

    /// <summary>The <c>&lt;ISSUE CATEGORY&gt;</c> sections in file order.</summary>
    public IReadOnlyList<string> Categories { get; }

    /// <summary>Distinct phrases that can be looked up.</summary>
    public int FormCount => _forms.Count;

    /// <summary>The entry for exactly these words, or null (the last entry wins on a shared phrase).</summary>
    public IssueEntry? Find(IReadOnlyList<string> words)
    {
        ArgumentNullException.ThrowIfNull(words);
        return _forms.Get(words);
    }

    /// <summary>The entry for a phrase written as text (<c>ethnic cleansing</c>), or null.</summary>
    public IssueEntry? Find(string phrase)
    {
        ArgumentNullException.ThrowIfNull(phrase);
        return _forms.Get(new WordPool().Split(phrase, underscores: false));
    }

    /// <summary>The longest issue phrase starting at token <paramref name="start"/>: its length (0 when none) and entry.</summary>
    public int MatchLongest(IReadOnlyList<string> tokens, int start, out IssueEntry? entry)
    {
        ArgumentNullException.ThrowIfNull(tokens);
        return _forms.MatchLongest(tokens, start, out entry);
    }
}
