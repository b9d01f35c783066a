namespace Dateline.Knowledge.Dictionaries;

/// <summary>
/// Reads TABARI/PETRARCH agent dictionaries (<c>Phoenix.agents.txt</c>): <c>PHRASE {PLURAL} [~CODE]</c> lines and
/// substitution markers <c>!NAME! = A, B, C</c>. Never throws on bad lines: they come back as errors.
/// </summary>
public static class AgentDictionaryReader
{
    /// <summary>Reads agent dictionary text.</summary>
    /// <param name="text">The file content.</param>
    /// <param name="file">The name errors should carry.</param>
    public static DictionaryResult<AgentDictionary> Read(string text, string file)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(file);
        var state = new AgentLineParser(file);
        var reader = new DictionaryLineReader(text);
        while (reader.TryRead(out var line)) state.ReadLine(line.Content, line.Number);
        if (reader.InBlockComment) state.Error(reader.LinesRead, "file ends inside a <!-- comment");
        return new DictionaryResult<AgentDictionary>(state.Build(), state.Errors, reader.LinesRead, state.Warnings);
    }

    /// <summary>Reads an agent dictionary file.</summary>
    /// <exception cref="IOException">The file cannot be read.</exception>
    public static DictionaryResult<AgentDictionary> ReadFile(string path) => Read(DictionaryFile.ReadAllText(path), path);
}
