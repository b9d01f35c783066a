namespace Dateline.Knowledge.Dictionaries;

/// <summary>
/// Reads TABARI/PETRARCH discard files (<c>Phoenix.discards.txt</c>): one phrase a line, <c>+</c> in front for a
/// story-level discard, a final <c>_</c> for a whole-word match. Never throws on bad lines.
/// </summary>
public static class DiscardListReader
{
    /// <summary>Reads discard text.</summary>
    /// <param name="text">The file content.</param>
    /// <param name="file">The name errors should carry.</param>
    public static DictionaryResult<DiscardList> Read(string text, string file)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(file);
        var entries = new List<DiscardEntry>();
        var phrases = new PhraseTrie<DiscardEntry>();
        var errors = new List<DictionaryError>();
        var pool = new WordPool();
        var reader = new DictionaryLineReader(text);
        while (reader.TryRead(out var line))
        {
            var content = line.Content;
            var scope = content[0] == '+' ? DiscardScope.Story : DiscardScope.Sentence;
            if (scope == DiscardScope.Story) content = content[1..].Trim();
            var wholeWord = content.EndsWith('_');
            var words = pool.Split(content, underscores: false);
            if (wholeWord && words.Length > 0) words[^1] = pool.Get(words[^1].AsSpan().TrimEnd('_'));
            if (words.Length == 0 || words[^1].Length == 0)
            {
                errors.Add(new DictionaryError(file, line.Number, "discard line has no phrase; skipped"));
                continue;
            }
            var entry = new DiscardEntry(words, scope, wholeWord, line.Number);
            entries.Add(entry);
            phrases.Set(words, entry);
        }
        if (reader.InBlockComment) errors.Add(new DictionaryError(file, reader.LinesRead, "file ends inside a <!-- comment"));
        return new DictionaryResult<DiscardList>(new DiscardList(entries.ToArray(), phrases), errors, reader.LinesRead);
    }

    /// <summary>Reads a discard file.</summary>
    /// <exception cref="IOException">The file cannot be read.</exception>
    public static DictionaryResult<DiscardList> ReadFile(string path) => Read(DictionaryFile.ReadAllText(path), path);
}
