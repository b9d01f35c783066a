namespace Dateline.Knowledge.Dictionaries;

/// <summary>
/// Reads PETRARCH issue files (<c>Phoenix.IssueCoding.txt</c>): <c>&lt;ISSUE CATEGORY="..."&gt;</c> sections holding
/// <c>phrase [CODE]</c>, <c>~phrase</c> and <c>~~phrase</c> lines. Never throws on bad lines.
/// </summary>
public static class IssueDictionaryReader
{
    /// <summary>Reads issue text.</summary>
    /// <param name="text">The file content.</param>
    /// <param name="file">The name errors should carry.</param>
    public static DictionaryResult<IssueDictionary> Read(string text, string file)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(file);
        var parser = new IssueLineParser(file);
        var reader = new DictionaryLineReader(text);
        while (reader.TryRead(out var line)) parser.ReadLine(line.Content, line.Number);
        if (reader.InBlockComment) parser.Error(reader.LinesRead, "file ends inside a <!-- comment");
        return new DictionaryResult<IssueDictionary>(parser.Build(), parser.Errors, reader.LinesRead, parser.Warnings);
    }

    /// <summary>Reads an issue file.</summary>
    /// <exception cref="IOException">The file cannot be read.</exception>
    public static DictionaryResult<IssueDictionary> ReadFile(string path) => Read(DictionaryFile.ReadAllText(path), path);
}
