namespace Dateline.Knowledge.Dictionaries;

/// <summary>Reads TABARI/PETRARCH actor dictionaries (<c>Phoenix.*.actors.txt</c>). Never throws on bad lines: they come back as errors.</summary>
public static class ActorDictionaryReader
{
    /// <summary>Reads actor dictionary text.</summary>
    /// <param name="text">The file content.</param>
    /// <param name="file">The name errors should carry.</param>
    public static DictionaryResult<ActorDictionary> Read(string text, string file)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(file);
        var parser = new ActorFileParser();
        parser.Read(text, file);
        return new DictionaryResult<ActorDictionary>(parser.Build(), parser.Errors, parser.LinesRead, parser.Warnings);
    }

    /// <summary>Reads several actor files into one dictionary; on a shared name the later file wins.</summary>
    /// <param name="paths">The files, in order.</param>
    /// <exception cref="IOException">A file cannot be read.</exception>
    public static DictionaryResult<ActorDictionary> ReadFiles(params IEnumerable<string> paths)
    {
        ArgumentNullException.ThrowIfNull(paths);
        var parser = new ActorFileParser();
        foreach (var path in paths) parser.Read(DictionaryFile.ReadAllText(path), path);
        return new DictionaryResult<ActorDictionary>(parser.Build(), parser.Errors, parser.LinesRead, parser.Warnings);
    }
}
