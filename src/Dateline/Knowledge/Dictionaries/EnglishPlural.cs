namespace Dateline.Knowledge.Dictionaries;

/// <summary>The regular plurals PETRARCH generates for agents and synset nouns (upper-case words).</summary>
internal static class EnglishPlural
{
    /// <summary>Agents (PETRARCH <c>read_agent_dictionary</c>): Y → IES, S → SES, otherwise + S.</summary>
    public static string OfAgent(string word) =>
        word.EndsWith('Y') ? string.Concat(word.AsSpan(0, word.Length - 1), "IES")
        : word.EndsWith('S') ? word + "ES"
        : word + "S";

    /// <summary>
    /// Synset nouns: Y → IES, otherwise + S; words already ending in S get no plural (PETRARCH's rule would turn
    /// FORCES into FORCEES, a form no text contains).
    /// </summary>
    public static string? OfSynsetNoun(string word) =>
        word.EndsWith('S') ? null
        : word.EndsWith('Y') ? string.Concat(word.AsSpan(0, word.Length - 1), "IES")
        : word + "S";
}
