namespace Dateline.Knowledge.Dictionaries;

/// <summary>The words of a PETRARCH preposition list (<c>Phoenix.prepositions.txt</c>), case-insensitive.</summary>
public sealed class PrepositionList
{
    private readonly HashSet<string> _words;

    internal PrepositionList(HashSet<string> words) => _words = words;

    /// <summary>The number of prepositions.</summary>
    public int Count => _words.Count;

    /// <summary>True when <paramref name="word"/> is in the list.</summary>
    public bool Contains(string word) => _words.Contains(word);
}
