namespace Dateline.Knowledge.Dictionaries;

/// <summary>Loads a dictionary file of any kind and summarizes it (used by <c>dateline dictionaries check</c>).</summary>
public static class DictionaryChecker
{
    /// <summary>Reads <paramref name="text"/> as <paramref name="kind"/>.</summary>
    /// <param name="file">The file name errors should carry.</param>
    /// <param name="text">The content.</param>
    /// <param name="kind">The kind to read it as.</param>
    public static DictionaryCheck Check(string file, string text, DictionaryKind kind)
    {
        ArgumentNullException.ThrowIfNull(file);
        ArgumentNullException.ThrowIfNull(text);
        switch (kind)
        {
            case DictionaryKind.Verbs:
                var verbs = VerbDictionaryReader.Read(text, file);
                var v = verbs.Dictionary;
                return new(file, kind, verbs.LinesRead, v.Verbs.Count + v.PatternCount,
                    [("synsets", v.Synsets.Count), ("blocks", v.Blocks.Count), ("verbs", v.Verbs.Count), ("patterns", v.PatternCount), ("transformations", v.Transformations.Count)],
                    verbs.Errors, verbs.Warnings);
            case DictionaryKind.Actors:
                var actors = ActorDictionaryReader.Read(text, file);
                var a = actors.Dictionary;
                return new(file, kind, actors.LinesRead, a.Entries.Count,
                    [("actors", a.Entries.Count), ("names", a.NameCount), ("codes", CountCodes(a)), ("without code", CountUncoded(a))],
                    actors.Errors, actors.Warnings);
            case DictionaryKind.Agents:
                var agents = AgentDictionaryReader.Read(text, file);
                return new(file, kind, agents.LinesRead, agents.Dictionary.Entries.Count,
                    [("agents", agents.Dictionary.Entries.Count), ("phrases", agents.Dictionary.FormCount), ("markers", agents.Dictionary.Markers.Count)],
                    agents.Errors, agents.Warnings);
            case DictionaryKind.Discards:
                var discards = DiscardListReader.Read(text, file);
                var storyLevel = 0;
                foreach (var entry in discards.Dictionary.Entries) storyLevel += entry.Scope == DiscardScope.Story ? 1 : 0;
                return new(file, kind, discards.LinesRead, discards.Dictionary.Entries.Count,
                    [("discards", discards.Dictionary.Entries.Count), ("story-level", storyLevel)],
                    discards.Errors, discards.Warnings);
            case DictionaryKind.Issues:
                var issues = IssueDictionaryReader.Read(text, file);
                return new(file, kind, issues.LinesRead, issues.Dictionary.Entries.Count,
                    [("entries", issues.Dictionary.Entries.Count), ("phrases", issues.Dictionary.FormCount), ("codes", issues.Dictionary.Codes.Count), ("categories", issues.Dictionary.Categories.Count)],
                    issues.Errors, issues.Warnings);
            case DictionaryKind.Prepositions:
                var prepositions = PrepositionListReader.Read(text, file);
                return new(file, kind, prepositions.LinesRead, prepositions.Dictionary.Count,
                    [("prepositions", prepositions.Dictionary.Count)], prepositions.Errors, prepositions.Warnings);
            default:
                throw new ArgumentOutOfRangeException(nameof(kind), kind, "Unknown dictionary kind.");
        }
    }

    /// <summary>Reads the file at <paramref name="path"/> (UTF-8, or Latin-1 when it is not valid UTF-8).</summary>
    /// <exception cref="IOException">The file cannot be read.</exception>
    public static string ReadText(string path) => DictionaryFile.ReadAllText(path);

    private static int CountCodes(ActorDictionary actors)
    {
        var count = 0;
        foreach (var entry in actors.Entries) count += entry.Codes.Count;
        return count;
    }

    private static int CountUncoded(ActorDictionary actors)
    {
        var count = 0;
        foreach (var entry in actors.Entries) count += entry.Codes.Count == 0 ? 1 : 0;
        return count;
    }
}
