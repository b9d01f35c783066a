using Dateline.Knowledge.Dictionaries;

namespace Dateline.Knowledge.Actors;

/// <summary>
/// Finds names listed for two actors with different codes (a name may repeat with the same codes, e.g. a person in
/// two tables). Names compare case-insensitively, word by word.
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
