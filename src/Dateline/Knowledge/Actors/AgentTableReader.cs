using Dateline.Knowledge.Dictionaries;

namespace Dateline.Knowledge.Actors;

/// <summary>
/// Reads <c>agents.tsv</c>: role words to CAMEO agent codes, one per row with the columns phrase, plural, code, note.
/// The plural is written out (<c>spokesmen</c>); <c>-</c> means none; empty means the regular one (+s, y → ies).
/// The code is written as in TABARI: <c>~GOV</c> goes after the actor code (USAGOV), <c>NGO~</c> before it.
/// </summary>
internal static class AgentTableReader
{
    public static readonly string[] Columns = ["phrase", "plural", "code", "note"];

    public static void Read(string text, string file, List<AgentEntry> agents, List<string> files, List<DictionaryError> errors)
    {
        if (!KnowledgeTable.TryRead(text, Columns, out var rows, out var headerLine, out var error))
        {
            errors.Add(new DictionaryError(file, headerLine, error!));
            return;
        }
        var pool = new WordPool();
        foreach (var row in rows)
        {
            if (TryReadRow(row, pool, out var agent, out error))
            {
                agents.Add(agent);
                files.Add(file);
            }
            else
            {
                errors.Add(new DictionaryError(file, row.Line, error!));
            }
        }
    }

    private static bool TryReadRow(KnowledgeTable.Row row, WordPool pool, out AgentEntry agent, out string? error)
    {
        agent = null!;
        error = null;
        var singular = pool.Split(row[0], underscores: false);
        if (singular.Length == 0)
        {
            error = "agent has no phrase";
            return false;
        }
        if (!TryCode(row[2], out var code, out var position))
        {
            error = $"agent code '{row[2]}' must be ~CODE or CODE~ (upper-case letters)";
            return false;
        }
        var forms = new List<IReadOnlyList<string>> { singular };
        if (row[1].Length == 0)
        {
            string[] plural = [.. singular];
            plural[^1] = pool.Get(RegularPlural(singular[^1]));
            forms.Add(plural);
        }
        else if (row[1] != "-")
        {
            forms.Add(pool.Split(row[1], underscores: false));
        }
        agent = new AgentEntry(forms, code, position, row.Line);
        return true;
    }

    internal static bool TryCode(string text, out string code, out AgentCodePosition position)
    {
        position = text.EndsWith('~') ? AgentCodePosition.BeforeActor : AgentCodePosition.AfterActor;
        code = text.Trim('~');
        var tildes = text.Length - code.Length;
        if (tildes != 1 || code.Length == 0) return false;
        foreach (var c in code)
        {
            if (c is not (>= 'A' and <= 'Z' or >= '0' and <= '9')) return false;
        }
        return true;
    }

    /// <summary>+S, Y after a consonant → IES, S X Z CH SH → +ES (upper-case words).</summary>
    internal static string RegularPlural(string word)
    {
        if (word.Length > 1 && word[^1] == 'Y' && "AEIOU".IndexOf(word[^2]) < 0) return string.Concat(word.AsSpan(0, word.Length - 1), "IES");
        if (word.EndsWith('S') || word.EndsWith('X') || word.EndsWith('Z') || word.EndsWith("CH", StringComparison.Ordinal) || word.EndsWith("SH", StringComparison.Ordinal)) return word + "ES";
        return word + "S";
    }
}
