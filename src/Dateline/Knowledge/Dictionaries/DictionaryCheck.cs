namespace Dateline.Knowledge.Dictionaries;

/// <summary>The outcome of loading one dictionary file of any kind: what it held and what could not be read.</summary>
/// <param name="File">The file.</param>
/// <param name="Kind">The kind it was read as.</param>
/// <param name="LinesRead">Physical lines read.</param>
/// <param name="Entries">Entries read (actors, agents, verbs, patterns... as named in <paramref name="Counts"/>).</param>
/// <param name="Counts">Labelled counts for display, e.g. <c>("verbs", 3100)</c>.</param>
/// <param name="Errors">The lines that could not be read.</param>
/// <param name="Warnings">The lines read after a repair.</param>
public sealed record DictionaryCheck(
    string File,
    DictionaryKind Kind,
    int LinesRead,
    int Entries,
    IReadOnlyList<(string Label, int Count)> Counts,
    IReadOnlyList<DictionaryError> Errors,
    IReadOnlyList<DictionaryError> Warnings);
