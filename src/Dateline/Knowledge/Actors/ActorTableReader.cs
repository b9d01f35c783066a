using Dateline.Knowledge.Dictionaries;

namespace Dateline.Knowledge.Actors;

/// <summary>
/// Reads the actor tables (<c>igos.tsv</c>, <c>media.tsv</c>, <c>armed-groups.tsv</c>, <c>people.tsv</c>,
/// <c>metonyms.tsv</c>, and files written by <c>dateline knowledge import</c>): one actor per row with the columns
/// kind, name, aliases, codes, role, country, note.
/// </summary>
internal static class ActorTableReader
{
    public static readonly string[] Columns = ["kind", "name", "aliases", "codes", "role", "country", "note"];

    public static void Read(string text, string file, List<ActorRecord> records, List<DictionaryError> errors)
    {
        if (!KnowledgeTable.TryRead(text, Columns, out var rows, out var headerLine, out var error))
        {
            errors.Add(new DictionaryError(file, headerLine, error!));
            return;
        }
        foreach (var row in rows)
        {
            if (TryReadRow(row, file, out var record, out error)) records.Add(record);
            else errors.Add(new DictionaryError(file, row.Line, error!));
        }
    }

    private static bool TryReadRow(KnowledgeTable.Row row, string file, out ActorRecord record, out string? error)
    {
        record = null!;
        if (!TryKind(row[0], out var kind))
        {
            error = $"kind '{row[0]}' is not one of {string.Join(", ", KindNames)}";
            return false;
        }
        if (row[1].Length == 0)
        {
            error = "actor has no name";
            return false;
        }
        if (!ActorCodeList.TryParse(row[3], out var codes, out error)) return false;
        if (codes.Count == 0)
        {
            error = $"actor '{row[1]}' has no code";
            return false;
        }
        record = new ActorRecord(row[1], kind, codes)
        {
            Aliases = KnowledgeTable.Items(row[2]),
            Role = Optional(row[4]),
            Country = Optional(row[5]),
            Note = Optional(row[6]),
            File = file,
            Line = row.Line,
        };
        return true;
    }

    /// <summary>The kind names as written in the files, in <see cref="ActorKind"/> order.</summary>
    public static readonly string[] KindNames = ["country", "territory", "igo", "armed-group", "media", "person", "metonym", "other"];

    public static string KindName(ActorKind kind) => KindNames[(int)kind];

    private static bool TryKind(string text, out ActorKind kind)
    {
        var index = Array.IndexOf(KindNames, text);
        kind = index < 0 ? ActorKind.Other : (ActorKind)index;
        return index >= 0;
    }

    private static string? Optional(string field) => field.Length == 0 || field == "-" ? null : field;
}
