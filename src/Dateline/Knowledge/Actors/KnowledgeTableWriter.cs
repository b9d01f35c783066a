using Dateline.Knowledge.Dictionaries;

namespace Dateline.Knowledge.Actors;

/// <summary>Writes actors and agents in the project's knowledge format (the tables <c>knowledge/actors/*.tsv</c> use).</summary>
public static class KnowledgeTableWriter
{
    /// <summary>Writes an actor table: kind, name, aliases, codes, role, country, note.</summary>
    /// <param name="records">The actors.</param>
    /// <param name="writer">Where to write.</param>
    /// <param name="source">The source note for the header comment.</param>
    public static void WriteActors(IEnumerable<ActorRecord> records, TextWriter writer, string source)
    {
        ArgumentNullException.ThrowIfNull(records);
        ArgumentNullException.ThrowIfNull(writer);
        writer.WriteLine("# Actors in the Dateline knowledge format (docs/DICTIONARIES.md, \"Built-in knowledge\").");
        writer.WriteLine("# Source: " + source);
        writer.WriteLine(string.Join('\t', ActorTableReader.Columns));
        foreach (var record in records)
        {
            var aliases = new List<string>();
            foreach (var name in record.AllNames())
            {
                if (name != record.Name) aliases.Add(Field(name));
            }
            writer.WriteLine(string.Join('\t',
                ActorTableReader.KindName(record.Kind),
                Field(record.Name), string.Join('|', aliases), ActorCodeList.Format(record.Codes),
                record.Role ?? "", record.Country ?? "", Field(record.Note ?? "")));
        }
    }

    /// <summary>Writes an agent table: phrase, plural (<c>-</c> for none), code, note.</summary>
    /// <param name="agents">The agents; the first form is the singular, a second form the plural.</param>
    /// <param name="writer">Where to write.</param>
    /// <param name="source">The source note for the header comment.</param>
    public static void WriteAgents(IEnumerable<AgentEntry> agents, TextWriter writer, string source)
    {
        ArgumentNullException.ThrowIfNull(agents);
        ArgumentNullException.ThrowIfNull(writer);
        writer.WriteLine("# Agents in the Dateline knowledge format (docs/DICTIONARIES.md, \"Built-in knowledge\").");
        writer.WriteLine("# Source: " + source);
        writer.WriteLine(string.Join('\t', AgentTableReader.Columns));
        foreach (var agent in agents)
        {
            if (agent.Forms.Count <= 2)
            {
                var plural = agent.Forms.Count == 2 ? Phrase(agent.Forms[1]) : "-";
                writer.WriteLine(string.Join('\t', Phrase(agent.Forms[0]), plural, agent.WrittenCode, ""));
                continue;
            }
            // Substitution-marker expansions (CONGRESSMAN, CONGRESSWOMEN...): one row per form, none a plural of another.
            foreach (var form in agent.Forms) writer.WriteLine(string.Join('\t', Phrase(form), "-", agent.WrittenCode, ""));
        }
    }

    private static string Phrase(IReadOnlyList<string> words) => string.Join(' ', words).ToLowerInvariant();

    private static string Field(string text) => text.Replace('\t', ' ').Replace('|', '/').Replace('\n', ' ');
}
