namespace Dateline.Knowledge.Dictionaries;

/// <summary>
/// Reads TABARI/PETRARCH verb dictionaries (<c>CAMEO.2.0.txt</c>): synsets, <c>--- NAME [code] ---</c> blocks,
/// verb lines, <c>-</c> patterns and <c>~</c> transformations. Never throws on bad lines: they come back as errors.
/// </summary>
public static class VerbDictionaryReader
{
    /// <summary>Reads verb dictionary text.</summary>
    /// <param name="text">The file content.</param>
    /// <param name="file">The name errors should carry.</param>
    public static DictionaryResult<VerbDictionary> Read(string text, string file)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(file);
        var parser = new VerbLineParser(file);
        var reader = new DictionaryLineReader(text);
        while (reader.TryRead(out var line)) parser.ReadLine(line);
        if (reader.InBlockComment) parser.Error(reader.LinesRead, "file ends inside a <!-- comment");
        return new DictionaryResult<VerbDictionary>(parser.Build(), parser.Errors, reader.LinesRead, parser.Warnings);
    }

    /// <summary>Reads a verb dictionary file.</summary>
    /// <exception cref="IOException">The file cannot be read.</exception>
    public static DictionaryResult<VerbDictionary> ReadFile(string path) => Read(DictionaryFile.ReadAllText(path), path);
}
