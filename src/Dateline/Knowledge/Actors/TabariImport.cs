using Dateline.Knowledge.Dictionaries;

namespace Dateline.Knowledge.Actors;

/// <summary>
/// Turns actors and agents read from TABARI/PETRARCH files into the project's format. A name or agent phrase shared
/// by several entries stays with the last one (PETRARCH's rule), so the result has no conflicting names; an actor's
/// kind is told from the codes (IGO…, …MED, a bare three-letter code, dated codes) or is <see cref="ActorKind.Other"/>.
/// </summary>
public static class TabariImport
{
    /// <summary>The records for <paramref name="actors"/>; entries without a code, or left without a name, are counted in <paramref name="skipped"/>.</summary>
    /// <param name="actors">The dictionary read from TABARI files.</param>
    /// <param name="file">The file name the records should carry.</param>
    /// <param name="skipped">Entries not imported.</param>
    public static List<ActorRecord> ToRecords(ActorDictionary actors, string file, out int skipped)
    {
        ArgumentNullException.ThrowIfNull(actors);
        var owner = new Dictionary<string, ActorEntry>(StringComparer.OrdinalIgnoreCase);
        foreach (var entry in actors.Entries)
        {
            foreach (var name in entry.Names) owner[string.Join(' ', name)] = entry;
        }
        var records = new List<ActorRecord>(actors.Entries.Count);
        skipped = 0;
        foreach (var entry in actors.Entries)
        {
            var names = new List<string>(entry.Names.Count);
            foreach (var words in entry.Names)
            {
                var name = string.Join(' ', words);
                if (owner[name] == entry && !names.Contains(name, StringComparer.OrdinalIgnoreCase)) names.Add(name);
            }
            if (names.Count == 0 || entry.Codes.Count == 0)
            {
                skipped++;
                continue;
            }
            var kind = KindOf(entry.Codes);
            records.Add(new ActorRecord(names[0], kind, entry.Codes)
            {
                Aliases = names[1..],
                Country = kind == ActorKind.Country ? entry.Codes[0].Code : null,
                File = file,
                Line = entry.Line,
            });
        }
        return records;
    }

    /// <summary>
    /// The agents of <paramref name="agents"/>, each keeping only the phrases no later agent takes (PETRARCH's last-wins
    /// rule); agents left without a phrase are counted in <paramref name="skipped"/>.
    /// </summary>
    /// <param name="agents">The dictionary read from a TABARI agent file.</param>
    /// <param name="skipped">Agents not imported.</param>
    public static List<AgentEntry> ToAgents(AgentDictionary agents, out int skipped)
    {
        ArgumentNullException.ThrowIfNull(agents);
        var owner = new Dictionary<string, AgentEntry>(StringComparer.OrdinalIgnoreCase);
        foreach (var agent in agents.Entries)
        {
            foreach (var form in agent.Forms) owner[string.Join(' ', form)] = agent;
        }
        var kept = new List<AgentEntry>(agents.Entries.Count);
        skipped = 0;
        foreach (var agent in agents.Entries)
        {
            var forms = new List<IReadOnlyList<string>>(agent.Forms.Count);
            foreach (var form in agent.Forms)
            {
                if (owner[string.Join(' ', form)] == agent) forms.Add(form);
            }
            if (forms.Count == 0) skipped++;
            else kept.Add(forms.Count == agent.Forms.Count ? agent : agent with { Forms = forms });
        }
        return kept;
    }

    internal static ActorKind KindOf(IReadOnlyList<ActorCode> codes)
    {
        bool allIgo = true, allMedia = true, anyDated = false;
        foreach (var code in codes)
        {
            allIgo &= code.Code.StartsWith("IGO", StringComparison.Ordinal);
            allMedia &= code.Code.EndsWith("MED", StringComparison.Ordinal);
            anyDated |= code.IsDated;
        }
        if (allIgo) return ActorKind.Igo;
        if (allMedia) return ActorKind.Media;
        if (anyDated) return ActorKind.Person;
        if (codes.Count == 1 && codes[0].Code.Length == 3) return ActorKind.Country;
        return ActorKind.Other;
    }
}
