using Dateline.Knowledge.Dictionaries;

namespace Dateline.Knowledge;

/// <summary>
/// Reads a dictionary configuration file: one <c>kind = path</c> per line, kinds <c>actors</c>, <c>agents</c>,
/// <c>verbs</c>, <c>discards</c> (repeatable, searched in order) and <c>builtin = yes|no</c>; <c>#</c> starts a
/// comment; relative paths are relative to the file's folder. Never throws on bad lines: they come back as errors.
/// </summary>
public static class DictionaryConfigReader
{
    /// <summary>Reads configuration text.</summary>
    /// <param name="text">The content.</param>
    /// <param name="file">The file's path: errors name it, relative paths are resolved against its folder.</param>
    public static DictionaryResult<DictionarySources> Read(string text, string file)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(file);
        var folder = Path.GetDirectoryName(Path.GetFullPath(file)) ?? ".";
        var lists = new Dictionary<string, List<string>>(StringComparer.Ordinal)
        {
            ["actors"] = [], ["agents"] = [], ["verbs"] = [], ["discards"] = [],
        };
        var builtIns = true;
        var errors = new List<DictionaryError>();
        var lines = text.Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            var line = StripComment(lines[i]).Trim();
            if (line.Length == 0) continue;
            var equals = line.IndexOf('=');
            if (equals <= 0)
            {
                errors.Add(new DictionaryError(file, i + 1, $"expected 'kind = path', found '{line}'"));
                continue;
            }
            var key = line[..equals].Trim().ToLowerInvariant();
            var value = line[(equals + 1)..].Trim();
            if (value.Length == 0) errors.Add(new DictionaryError(file, i + 1, $"'{key}' has no value"));
            else if (key == "builtin") builtIns = ReadSwitch(value, file, i + 1, errors) ?? builtIns;
            else if (lists.TryGetValue(key, out var list)) list.Add(Path.IsPathRooted(value) ? value : Path.Combine(folder, value));
            else errors.Add(new DictionaryError(file, i + 1, $"unknown kind '{key}' (expected actors, agents, verbs, discards or builtin)"));
        }
        var sources = new DictionarySources
        {
            Actors = lists["actors"], Agents = lists["agents"], Verbs = lists["verbs"], Discards = lists["discards"], IncludeBuiltIns = builtIns,
        };
        return new DictionaryResult<DictionarySources>(sources, errors, lines.Length);
    }

    /// <summary>Reads a configuration file.</summary>
    /// <exception cref="IOException">The file cannot be read.</exception>
    public static DictionaryResult<DictionarySources> ReadFile(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        return Read(File.ReadAllText(path), path);
    }

    private static string StripComment(string line)
    {
        var hash = line.IndexOf('#');
        return hash < 0 ? line : line[..hash];
    }

    private static bool? ReadSwitch(string value, string file, int line, List<DictionaryError> errors)
    {
        switch (value.ToLowerInvariant())
        {
            case "yes" or "true" or "on": return true;
            case "no" or "false" or "off": return false;
            default:
                errors.Add(new DictionaryError(file, line, $"builtin must be yes or no, found '{value}'"));
                return null;
        }
    }
}
