using System.Reflection;
using System.Text;
using Dateline.Knowledge.Dictionaries;

namespace Dateline.Knowledge.Actors;

/// <summary>
/// The actor and agent knowledge written by the project (<c>knowledge/actors/*.tsv</c>, embedded in Dateline.dll):
/// countries and territories, capitals and seats of government, intergovernmental organizations, armed groups,
/// media, office holders with dated codes, and agent (role) words. Exposed both as rich <see cref="Records"/> and as
/// the <see cref="ActorDictionary"/> / <see cref="AgentDictionary"/> the TABARI/PETRARCH readers produce, so the same
/// code can use built-in and user dictionaries. Immutable.
/// </summary>
public sealed class BuiltInKnowledge
{
    private const string ResourcePrefix = "knowledge/actors/";

    private readonly Dictionary<ActorEntry, ActorRecord> _recordOf;

    private BuiltInKnowledge(IReadOnlyList<ActorRecord> records, IReadOnlyList<AgentEntry> agents)
    {
        Records = records;
        var entries = ToEntries(records);
        _recordOf = new Dictionary<ActorEntry, ActorRecord>(entries.Count, ReferenceEqualityComparer.Instance);
        for (var i = 0; i < entries.Count; i++) _recordOf.Add(entries[i], records[i]);
        Actors = ActorDictionary.FromEntries(entries);
        Agents = AgentDictionary.FromEntries(agents);
    }

    /// <summary>Every actor record in file order (files in name order).</summary>
    public IReadOnlyList<ActorRecord> Records { get; }

    /// <summary>The actors as a TABARI-style dictionary: every name, alias and demonym to its codes.</summary>
    public ActorDictionary Actors { get; }

    /// <summary>The agent (role) words as a TABARI-style dictionary.</summary>
    public AgentDictionary Agents { get; }

    /// <summary>The record behind an entry of <see cref="Actors"/> (e.g. one found by <c>Actors.MatchLongest</c>), or null for an entry of another dictionary.</summary>
    public ActorRecord? RecordOf(ActorEntry entry)
    {
        ArgumentNullException.ThrowIfNull(entry);
        return _recordOf.GetValueOrDefault(entry);
    }

    /// <summary>The record named exactly <paramref name="name"/> (canonical name, alias or demonym; case does not matter), or null.</summary>
    public ActorRecord? FindRecord(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        return Actors.Find(name) is { } entry ? RecordOf(entry) : null;
    }

    /// <summary>
    /// Reads the embedded knowledge files. Each call reads them again (about 10 ms): callers keep the instance.
    /// </summary>
    /// <exception cref="InvalidDataException">An embedded file has an error (a build defect; the message names the file and line).</exception>
    public static BuiltInKnowledge Load()
    {
        var assembly = typeof(BuiltInKnowledge).Assembly;
        var files = new List<(string File, string Text)>();
        foreach (var name in assembly.GetManifestResourceNames().Order(StringComparer.Ordinal))
        {
            if (!name.StartsWith(ResourcePrefix, StringComparison.Ordinal)) continue;
            files.Add((name, ReadResource(assembly, name)));
        }
        var result = Read(files);
        if (!result.IsClean) throw new InvalidDataException("Built-in knowledge has errors: " + string.Join("; ", result.Errors));
        return result.Dictionary;
    }

    /// <summary>Reads knowledge files in the project's format (as written by <c>dateline knowledge import</c>) from a folder: every <c>*.tsv</c> in name order.</summary>
    /// <param name="directory">The folder.</param>
    /// <exception cref="IOException">A file cannot be read.</exception>
    public static DictionaryResult<BuiltInKnowledge> ReadDirectory(string directory)
    {
        ArgumentNullException.ThrowIfNull(directory);
        var files = new List<(string File, string Text)>();
        foreach (var path in Directory.GetFiles(directory, "*.tsv").Order(StringComparer.Ordinal)) files.Add((path, File.ReadAllText(path)));
        return Read(files);
    }

    /// <summary>Reads knowledge files given as (name, text); the header line tells each file's table.</summary>
    internal static DictionaryResult<BuiltInKnowledge> Read(IEnumerable<(string File, string Text)> files)
    {
        var records = new List<ActorRecord>();
        var agents = new List<AgentEntry>();
        var agentFiles = new List<string>();
        var errors = new List<DictionaryError>();
        var lines = 0;
        foreach (var (file, text) in files)
        {
            lines += CountLines(text);
            switch (FirstColumn(text))
            {
                case "code": CountryTableReader.Read(text, file, records, errors); break;
                case "kind": ActorTableReader.Read(text, file, records, errors); break;
                case "phrase": AgentTableReader.Read(text, file, agents, agentFiles, errors); break;
                default: errors.Add(new DictionaryError(file, 1, "not a knowledge file: the header must start with 'code', 'kind' or 'phrase'")); break;
            }
        }
        NameConflicts.Check(records, errors);
        NameConflicts.CheckAgents(agents, agentFiles, errors);
        return new DictionaryResult<BuiltInKnowledge>(new BuiltInKnowledge(records, agents), errors, lines);
    }

    private static List<ActorEntry> ToEntries(IReadOnlyList<ActorRecord> records)
    {
        var pool = new WordPool();
        var entries = new List<ActorEntry>(records.Count);
        foreach (var record in records)
        {
            var names = new List<IReadOnlyList<string>>();
            foreach (var name in record.AllNames()) names.Add(pool.Split(name, underscores: false));
            entries.Add(new ActorEntry(names, record.Codes, record.Line));
        }
        return entries;
    }

    private static string? FirstColumn(string text)
    {
        foreach (var raw in text.Split('\n'))
        {
            var line = raw.TrimEnd('\r');
            if (line.Length == 0 || line[0] == '#') continue;
            var tab = line.IndexOf('\t');
            return tab < 0 ? line : line[..tab];
        }
        return null;
    }

    private static int CountLines(string text)
    {
        if (text.Length == 0) return 0;
        var count = text.AsSpan().Count('\n');
        return text[^1] == '\n' ? count : count + 1;
    }

    private static string ReadResource(Assembly assembly, string name)
    {
        using var stream = assembly.GetManifestResourceStream(name)
            ?? throw new InvalidDataException($"Embedded resource '{name}' is missing.");
        using var reader = new StreamReader(stream, Encoding.UTF8);
        return reader.ReadToEnd();
    }
}
