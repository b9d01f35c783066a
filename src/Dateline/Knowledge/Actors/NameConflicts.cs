using Dateline.Knowledge.Dictionaries;

namespace Dateline.Knowledge.Actors;

/// <summary>
/// Finds names listed for two actors with different codes (a name may repeat with the same codes, e.g. a person in
/// two tables), and agent phrases given two codes. Names compare case-insensitively, word by word.
/// </summary>
internal static class NameConflicts
{
    public static void Check(IReadOnlyList<ActorRecord> records, List<DictionaryError> errors)
    {
        var seen = new Dictionary<string, ActorRecord>(StringComparer.OrdinalIgnoreCase);
        foreach (var record in records)
        {
            foreach (var name in record.AllNames())
            {
                var key = string.Join(' ', name.Split(' ', StringSplitOptions.RemoveEmptyEntries));
                if (!seen.TryGetValue(key, out var earlier))
                {
                    seen.Add(key, record);
                }
                else if (earlier != record && !SameCodes(earlier.Codes, record.Codes))
                {
                    errors.Add(new DictionaryError(record.File, record.Line,
                        $"name '{name}' of {record.Name} is also a name of {earlier.Name} ({earlier.File}:{earlier.Line}) with other codes"));
                }
            }
        }
    }

    /// <summary>Agent phrases (singular or plural) given two different codes; <paramref name="files"/> holds each agent's file.</summary>
    public static void CheckAgents(IReadOnlyList<AgentEntry> agents, IReadOnlyList<string> files, List<DictionaryError> errors)
    {
        var seen = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        for (var i = 0; i < agents.Count; i++)
        {
            foreach (var form in agents[i].Forms)
            {
                var key = string.Join(' ', form);
                if (!seen.TryGetValue(key, out var earlier))
                {
                    seen.Add(key, i);
                }
                else if (earlier != i && agents[earlier].WrittenCode != agents[i].WrittenCode)
                {
                    errors.Add(new DictionaryError(files[i], agents[i].Line,
                        $"agent phrase '{key.ToLowerInvariant()}' is also {agents[earlier].WrittenCode} ({files[earlier]}:{agents[earlier].Line})"));
                }
            }
        }
    }

    private static bool SameCodes(IReadOnlyList<ActorCode> first, IReadOnlyList<ActorCode> second)
    {
        if (first.Count != second.Count) return false;
        for (var i = 0; i < first.Count; i++)
        {
            if (first[i] != second[i]) return false;
        }
        return true;
    }
}
