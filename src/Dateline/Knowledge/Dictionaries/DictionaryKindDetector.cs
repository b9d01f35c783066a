namespace Dateline.Knowledge.Dictionaries;

/// <summary>Guesses the kind of a dictionary file from its name, then from its content.</summary>
public static class DictionaryKindDetector
{
    private static readonly (string Part, DictionaryKind Kind)[] NameParts =
    [
        ("verb", DictionaryKind.Verbs),
        ("actor", DictionaryKind.Actors),
        ("agent", DictionaryKind.Agents),
        ("discard", DictionaryKind.Discards),
        ("issue", DictionaryKind.Issues),
        ("preposition", DictionaryKind.Prepositions),
    ];

    /// <summary>The kind of the file named <paramref name="fileName"/> holding <paramref name="text"/>, or null when neither name nor content tells.</summary>
    public static DictionaryKind? Detect(string fileName, string text)
    {
        ArgumentNullException.ThrowIfNull(fileName);
        ArgumentNullException.ThrowIfNull(text);
        var name = Path.GetFileName(fileName);
        foreach (var (part, kind) in NameParts)
        {
            if (name.Contains(part, StringComparison.OrdinalIgnoreCase)) return kind;
        }
        return FromContent(text);
    }

    private static DictionaryKind? FromContent(string text)
    {
        int headers = 0, patterns = 0, issues = 0, agentCodes = 0, codes = 0, lines = 0;
        var reader = new DictionaryLineReader(text);
        while (reader.TryRead(out var line) && lines++ < 5000)
        {
            var content = line.Content;
            if (content.StartsWith("---", StringComparison.Ordinal)) headers++;
            else if (content.StartsWith("- ", StringComparison.Ordinal) && content.Contains('*')) patterns++;
            else if (content.StartsWith("<ISSUE", StringComparison.OrdinalIgnoreCase)) issues++;
            var open = content.IndexOf('[');
            if (open < 0) continue;
            codes++;
            var inside = content[open..];
            if (inside.Contains("~", StringComparison.Ordinal)) agentCodes++;
        }
        if (headers > 0 && patterns > 0) return DictionaryKind.Verbs;
        if (issues > 0) return DictionaryKind.Issues;
        if (codes == 0) return lines > 0 ? DictionaryKind.Discards : null;
        return agentCodes * 2 > codes ? DictionaryKind.Agents : DictionaryKind.Actors;
    }
}
