using System.Collections.Frozen;
using Dateline.Knowledge.Dictionaries;

namespace Dateline.Knowledge.Actors;

/// <summary>
/// Reads <c>countries.tsv</c>: one row per country or territory (code, iso3, kind, name, aliases, demonyms,
/// capitals). Each row gives a country record and, when capitals are listed, a metonym record coding them as the
/// government (<c>Moscow</c> → <c>RUSGOV</c>).
/// </summary>
internal static class CountryTableReader
{
    public static readonly string[] Columns = ["code", "iso3", "kind", "name", "aliases", "demonyms", "capitals"];

    public static void Read(string text, string file, List<ActorRecord> records, List<DictionaryError> errors)
    {
        if (!KnowledgeTable.TryRead(text, Columns, out var rows, out var headerLine, out var error))
        {
            errors.Add(new DictionaryError(file, headerLine, error!));
            return;
        }
        foreach (var row in rows) ReadRow(row, file, records, errors);
    }

    private static void ReadRow(KnowledgeTable.Row row, string file, List<ActorRecord> records, List<DictionaryError> errors)
    {
        var code = row[0];
        if (!ActorCodeList.TryParse(code, out var codes, out var error) || codes.Count != 1 || codes[0].IsDated)
        {
            errors.Add(new DictionaryError(file, row.Line, error ?? $"country code '{code}' must be one undated code"));
            return;
        }
        ActorKind kind;
        switch (row[2])
        {
            case "country": kind = ActorKind.Country; break;
            case "territory": kind = ActorKind.Territory; break;
            default:
                errors.Add(new DictionaryError(file, row.Line, $"kind '{row[2]}' must be 'country' or 'territory'"));
                return;
        }
        if (row[3].Length == 0)
        {
            errors.Add(new DictionaryError(file, row.Line, "country has no name"));
            return;
        }
        records.Add(new ActorRecord(row[3], kind, codes)
        {
            Aliases = KnowledgeTable.Items(row[4]),
            Demonyms = WithPlurals(KnowledgeTable.Items(row[5])),
            Country = code,
            Note = row[1] == "-" ? null : "ISO 3166 " + row[1],
            File = file,
            Line = row.Line,
        });
        var capitals = KnowledgeTable.Items(row[6]);
        if (capitals.Length == 0) return;
        records.Add(new ActorRecord(capitals[0], ActorKind.Metonym, [new ActorCode(code + "GOV", null, null)])
        {
            Aliases = capitals[1..],
            Role = "GOV",
            Country = code,
            Note = "capital of " + row[3],
            File = file,
            Line = row.Line,
        });
    }

    /// <summary>The demonyms followed by the regular plurals of those that take one (Russian → Russians, Iraqi → Iraqis).</summary>
    internal static string[] WithPlurals(string[] demonyms)
    {
        var all = new List<string>(demonyms.Length * 2);
        all.AddRange(demonyms);
        foreach (var demonym in demonyms)
        {
            var plural = PluralOf(demonym);
            if (plural is not null && !all.Contains(plural)) all.Add(plural);
        }
        return [.. all];
    }

    /// <summary>Demonyms that are the same in the plural or only adjectives (besides the -ese, -sh, -ss, -ic, -men rules).</summary>
    private static readonly FrozenSet<string> Invariant = new[] { "French", "Dutch", "Manx", "Malagasy", "Lao", "Hellenic" }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>
    /// The plural of a demonym used as a noun: + s (Russians, Iraqis, Czechs, Thais), none for words that do not
    /// change or are only adjectives (British, Chinese, Swiss, Greenlandic, Turkmen, French).
    /// </summary>
    internal static string? PluralOf(string demonym)
    {
        if (Invariant.Contains(demonym) || demonym.Contains('.')) return null;
        if (demonym.Contains(' ') && !demonym.EndsWith("an", StringComparison.Ordinal) && !demonym.EndsWith("er", StringComparison.Ordinal)) return null;
        ReadOnlySpan<string> unchanged = ["ese", "sh", "ss", "ic", "men"];
        foreach (var ending in unchanged)
        {
            if (demonym.EndsWith(ending, StringComparison.Ordinal)) return null;
        }
        return demonym.EndsWith('s') || demonym.EndsWith('z') ? null : demonym + "s";
    }
}
