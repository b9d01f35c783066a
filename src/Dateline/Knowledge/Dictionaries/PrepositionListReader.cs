namespace Dateline.Knowledge.Dictionaries;

/// <summary>Reads a preposition list: one word (or phrase such as <c>vis-à-vis</c>) a line.</summary>
public static class PrepositionListReader
{
    /// <summary>Reads preposition list text; a line with more than one word is reported and skipped.</summary>
    /// <param name="text">The file content.</param>
    /// <param name="file">The name errors should carry.</param>
    public static DictionaryResult<PrepositionList> Read(string text, string file)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(file);
        var words = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        var errors = new List<DictionaryError>();
        var reader = new DictionaryLineReader(text);
        while (reader.TryRead(out var line))
        {
            if (line.Content.IndexOfAny(' ', '\t') >= 0)
            {
                errors.Add(new DictionaryError(file, line.Number, "preposition line has more than one word; skipped"));
                continue;
            }
            words.Add(line.Content.ToString().ToUpperInvariant());
        }
        return new DictionaryResult<PrepositionList>(new PrepositionList(words), errors, reader.LinesRead);
    }

    /// <summary>Reads a preposition file.</summary>
    /// <exception cref="IOException">The file cannot be read.</exception>
    public static DictionaryResult<PrepositionList> ReadFile(string path) => Read(DictionaryFile.ReadAllText(path), path);
}
