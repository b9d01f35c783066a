using Dateline.Knowledge.Dictionaries;

namespace Dateline.Knowledge;

/// <summary>
/// Loads a user's dictionary files into a <see cref="DictionarySet"/> searched before the built-in dictionaries (or
/// instead of them). Every unreadable line, and every file that cannot be read, comes back as an error naming the
/// file (and line); the set is still built from what was readable.
/// </summary>
public static class DictionarySetLoader
{
    /// <summary>Loads the files of <paramref name="sources"/>; <paramref name="builtIns"/> is searched after them unless the sources exclude it.</summary>
    public static DictionaryResult<DictionarySet> Load(DictionarySources sources, DictionarySet builtIns)
    {
        ArgumentNullException.ThrowIfNull(sources);
        ArgumentNullException.ThrowIfNull(builtIns);
        var errors = new List<DictionaryError>();
        var lines = 0;
        var actors = ReadAll(sources.Actors, ActorDictionaryReader.Read, errors, ref lines);
        var agents = ReadAll(sources.Agents, AgentDictionaryReader.Read, errors, ref lines);
        var verbs = ReadAll(sources.Verbs, VerbDictionaryReader.Read, errors, ref lines);
        var discards = ReadAll(sources.Discards, DiscardListReader.Read, errors, ref lines);
        var user = new DictionarySet(actors, agents, verbs, discards);
        var set = sources.IncludeBuiltIns ? user.Then(builtIns) : user;
        return new DictionaryResult<DictionarySet>(set, errors, lines);
    }

    private static List<T> ReadAll<T>(IReadOnlyList<string> paths, Func<string, string, DictionaryResult<T>> read, List<DictionaryError> errors, ref int lines)
        where T : class
    {
        var loaded = new List<T>(paths.Count);
        foreach (var path in paths)
        {
            string text;
            try
            {
                text = DictionaryFile.ReadAllText(path);
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                errors.Add(new DictionaryError(path, 0, "cannot read the file: " + ex.Message));
                continue;
            }
            var result = read(text, path);
            errors.AddRange(result.Errors);
            lines += result.LinesRead;
            loaded.Add(result.Dictionary);
        }
        return loaded;
    }
}
