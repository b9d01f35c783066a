namespace Dateline.Nlp.Lemmas;

/// <summary>
/// Lemmas learned from a treebank: the most frequent lemma of each (form, XPOS) pair, once with the
/// form as written and once lowercased, plus the set of every lemma seen (to choose among rule
/// candidates). Lookups take character spans and allocate nothing.
/// </summary>
internal sealed class LemmaTable
{
    private readonly Dictionary<string, LemmaEntry[]> _exact;
    private readonly Dictionary<string, LemmaEntry[]> _lower;
    private readonly Dictionary<string, LemmaEntry[]>.AlternateLookup<ReadOnlySpan<char>> _exactBySpan;
    private readonly Dictionary<string, LemmaEntry[]>.AlternateLookup<ReadOnlySpan<char>> _lowerBySpan;
    private readonly HashSet<string> _known = new(StringComparer.Ordinal);

    /// <summary>Wraps the maps (form → lemma per XPOS), which must use ordinal comparison.</summary>
    public LemmaTable(Dictionary<string, LemmaEntry[]> exact, Dictionary<string, LemmaEntry[]> lower)
    {
        _exact = exact;
        _lower = lower;
        _exactBySpan = exact.GetAlternateLookup<ReadOnlySpan<char>>();
        _lowerBySpan = lower.GetAlternateLookup<ReadOnlySpan<char>>();
        foreach (var entries in exact.Values)
        {
            foreach (var entry in entries) _known.Add(entry.Lemma.ToLowerInvariant());
        }
    }

    /// <summary>Number of distinct forms as written.</summary>
    public int Count => _exact.Count;

    /// <summary>The lemma of a form as written, or null.</summary>
    public string? Exact(ReadOnlySpan<char> form, string xpos) =>
        _exactBySpan.TryGetValue(form, out var entries) ? Find(entries, xpos) : null;

    /// <summary>The lemma of a lowercase form, or null.</summary>
    public string? Lower(ReadOnlySpan<char> lower, string xpos) =>
        _lowerBySpan.TryGetValue(lower, out var entries) ? Find(entries, xpos) : null;

    /// <summary>True when <paramref name="lemma"/> (lowercase) was seen as a lemma.</summary>
    public bool IsKnownLemma(string lemma) => _known.Contains(lemma);

    private static string? Find(LemmaEntry[] entries, string xpos)
    {
        foreach (var entry in entries)
        {
            if (string.Equals(entry.Xpos, xpos, StringComparison.Ordinal)) return entry.Lemma;
        }
        return null;
    }

    /// <summary>Writes the table, forms in ordinal order.</summary>
    public void Write(BinaryWriter writer)
    {
        WriteMap(writer, _exact);
        WriteMap(writer, _lower);
    }

    /// <summary>Reads a table written by <see cref="Write"/>.</summary>
    public static LemmaTable Read(BinaryReader reader)
    {
        var pool = new Dictionary<string, string>(StringComparer.Ordinal);
        return new LemmaTable(ReadMap(reader, pool), ReadMap(reader, pool));
    }

    private static void WriteMap(BinaryWriter writer, Dictionary<string, LemmaEntry[]> map)
    {
        writer.Write(map.Count);
        var forms = map.Keys.ToArray();
        Array.Sort(forms, StringComparer.Ordinal);
        foreach (var form in forms)
        {
            writer.Write(form);
            var entries = map[form];
            writer.Write((byte)entries.Length);
            foreach (var entry in entries)
            {
                writer.Write(entry.Xpos);
                var same = entry.Lemma == form;
                writer.Write(same);
                if (!same) writer.Write(entry.Lemma);
            }
        }
    }

    private static Dictionary<string, LemmaEntry[]> ReadMap(BinaryReader reader, Dictionary<string, string> pool)
    {
        var count = reader.ReadInt32();
        if (count < 0) throw new InvalidDataException($"E020: bad lemma table size {count}.");
        var map = new Dictionary<string, LemmaEntry[]>(count, StringComparer.Ordinal);
        for (var i = 0; i < count; i++)
        {
            var form = reader.ReadString();
            var entries = new LemmaEntry[reader.ReadByte()];
            for (var j = 0; j < entries.Length; j++)
            {
                var xpos = reader.ReadString();
                xpos = pool.TryGetValue(xpos, out var pooled) ? pooled : pool[xpos] = xpos;
                entries[j] = new LemmaEntry(xpos, reader.ReadBoolean() ? form : reader.ReadString());
            }
            map[form] = entries;
        }
        return map;
    }
}
