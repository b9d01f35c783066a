using System.Globalization;
using Dateline.Knowledge.Dictionaries;

namespace Dateline.Knowledge.Actors;

/// <summary>
/// Writes actors and agents in TABARI/PETRARCH dictionary syntax, which <see cref="ActorDictionaryReader"/>,
/// <see cref="AgentDictionaryReader"/> and PETRARCH read back: <c>NAME_WORDS [CODE]</c> with <c>+SYNONYM</c> lines and
/// dated codes on their own lines (<c>[UKRGOV &gt;20190520]</c>, <c>[USAGOV 20210120-20250120]</c>, dates as YYYYMMDD);
/// agents as <c>PHRASE {PLURAL} [~CODE]</c>.
/// </summary>
public static class TabariWriter
{
    /// <summary>Writes <paramref name="records"/> as a TABARI actor dictionary (names, aliases and demonyms as synonyms).</summary>
    /// <param name="records">The actors.</param>
    /// <param name="writer">Where to write.</param>
    /// <param name="source">A line for the header comment saying where the actors come from.</param>
    public static void WriteActors(IEnumerable<ActorRecord> records, TextWriter writer, string source)
    {
        ArgumentNullException.ThrowIfNull(records);
        ArgumentNullException.ThrowIfNull(writer);
        writer.WriteLine("# Actor dictionary in TABARI/PETRARCH syntax, written by dateline knowledge export.");
        writer.WriteLine("# " + source);
        writer.WriteLine("# Dated codes: [CODE >D] from D on, [CODE <D] before D, [CODE A-B] from A until before B (YYYYMMDD).");
        foreach (var record in records) WriteActor(record, writer);
    }

    /// <summary>Writes <paramref name="agents"/> as a TABARI agent dictionary.</summary>
    /// <param name="agents">The agents; the first form is the singular, a second form the plural.</param>
    /// <param name="writer">Where to write.</param>
    /// <param name="source">A line for the header comment saying where the agents come from.</param>
    public static void WriteAgents(IEnumerable<AgentEntry> agents, TextWriter writer, string source)
    {
        ArgumentNullException.ThrowIfNull(agents);
        ArgumentNullException.ThrowIfNull(writer);
        writer.WriteLine("# Agent dictionary in TABARI/PETRARCH syntax, written by dateline knowledge export.");
        writer.WriteLine("# " + source);
        foreach (var agent in agents)
        {
            var singular = Phrase(string.Join(' ', agent.Forms[0]));
            var plural = agent.Forms.Count > 1 ? Phrase(string.Join(' ', agent.Forms[1])) : "";
            writer.WriteLine($"{singular} {{{plural}}} [{agent.WrittenCode}]");
        }
    }

    private static void WriteActor(ActorRecord record, TextWriter writer)
    {
        writer.WriteLine();
        writer.WriteLine($"# {ActorTableReader.KindName(record.Kind)}{(record.Note is null ? "" : ": " + Comment(record.Note))}");
        var single = record.Codes.Count == 1 && !record.Codes[0].IsDated;
        var primary = Phrase(record.Name);
        writer.WriteLine(single ? $"{primary}  [{record.Codes[0].Code}]" : primary);
        var written = new HashSet<string>(StringComparer.OrdinalIgnoreCase) { primary };
        foreach (var name in record.AllNames())
        {
            var phrase = Phrase(name);
            if (phrase.Length > 0 && written.Add(phrase)) writer.WriteLine("+" + phrase);
        }
        if (single) return;
        foreach (var code in record.Codes) writer.WriteLine("\t[" + Code(code) + "]");
    }

    /// <summary>The code with its TABARI date restriction: <c>CODE</c>, <c>CODE &gt;D</c>, <c>CODE &lt;D</c> or <c>CODE A-B</c>.</summary>
    internal static string Code(ActorCode code) => (code.From, code.Until) switch
    {
        (null, null) => code.Code,
        ({ } from, null) => $"{code.Code} >{Date(from)}",
        (null, { } until) => $"{code.Code} <{Date(until)}",
        ({ } from, { } until) => $"{code.Code} {Date(from)}-{Date(until)}",
    };

    private static string Date(DateOnly date) => date.ToString("yyyyMMdd", CultureInfo.InvariantCulture);

    /// <summary>A name as TABARI words: upper case, joined by <c>_</c>, without the characters the syntax reserves.</summary>
    internal static string Phrase(string name)
    {
        Span<char> buffer = name.Length <= 256 ? stackalloc char[name.Length] : new char[name.Length];
        var length = 0;
        var pendingSeparator = false;
        foreach (var c in name)
        {
            if (char.IsWhiteSpace(c) || c == '_' || c is '[' or ']' or '#' or ';' or '{' or '}' or '~' or '!' or '<' or '>')
            {
                pendingSeparator = length > 0;
                continue;
            }
            if (pendingSeparator) buffer[length++] = '_';
            pendingSeparator = false;
            buffer[length++] = char.ToUpperInvariant(c);
        }
        var phrase = new string(buffer[..length]);
        return phrase.StartsWith('+') ? phrase[1..] : phrase;
    }

    private static string Comment(string text) => text.Replace('\n', ' ');
}
